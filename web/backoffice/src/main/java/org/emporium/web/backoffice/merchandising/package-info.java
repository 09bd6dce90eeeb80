/** Back-office screens of merchandising: menu links, slots and their content, campaign pages and A/B experiments. */
package org.emporium.web.backoffice.merchandising;
