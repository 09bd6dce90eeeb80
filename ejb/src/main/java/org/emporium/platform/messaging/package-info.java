/** Names of the JMS resources, declared once; the domain provisioning creates them against the Artemis adapter. */
package org.emporium.platform.messaging;
