/** The promotion desk of the back office: templates, campaigns made from them, approval, emergency stop, simulator. */
package org.emporium.web.backoffice.promotion;
