/** The notification context's web side: the SMS provider's status callback, its local simulator, unsubscribing. */
package org.emporium.web.storefront.notification;
