/** What the storefront and the back office share: the reader's language, messages in it, money on screen. */
package org.emporium.web.ui;
