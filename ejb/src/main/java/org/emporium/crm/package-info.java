/** CRM: segments of shoppers (by registration, purchases and phone lists) that targeted campaigns reach. */
package org.emporium.crm;
