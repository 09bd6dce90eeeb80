/** Notifications in the back office: messages with their status, dead letters, templates, the dev mailbox and SMS outbox. */
package org.emporium.web.backoffice.notification;
