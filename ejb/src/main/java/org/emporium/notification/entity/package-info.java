/** Templates, the messages requested with their delivery status, and recipients' consent. */
package org.emporium.notification.entity;
