/** The rules of sending: template rendering, rate limits, back-off, signatures, the mail and SMS channels. */
package org.emporium.notification.control;
