/** What the back office and jobs call: a segment's criteria, its members a page at a time, and its size. */
package org.emporium.crm.boundary;
