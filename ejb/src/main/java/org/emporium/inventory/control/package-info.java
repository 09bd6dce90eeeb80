/** Inventory logic: taking stock row locks in one fixed order, and who acts. */
package org.emporium.inventory.control;
