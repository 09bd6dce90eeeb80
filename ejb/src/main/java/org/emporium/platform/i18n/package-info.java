/** Business errors that carry a message key, so each user reads them in their own language. */
package org.emporium.platform.i18n;
