/** The visitors' chat socket, which the widget (/chat/widget.js) opens on any page that carries it. */
package org.emporium.web.storefront.chat;
