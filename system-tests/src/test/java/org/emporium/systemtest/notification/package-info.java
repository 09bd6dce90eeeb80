/** The notification context on the real domain: requests through Artemis to the embedded SMTP server and the SMS simulator. */
package org.emporium.systemtest.notification;
