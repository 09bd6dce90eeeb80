/** Text every context handles the same way: staff-written rich text made safe to show. */
package org.emporium.platform.text;
