/** Notifications: EDM and SMS from templates, with consent, rate limits, retries and delivery status. */
package org.emporium.notification;
