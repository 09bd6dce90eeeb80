/** What other contexts and the back office call to send, follow and manage notifications; the queue listeners. */
package org.emporium.notification.boundary;
