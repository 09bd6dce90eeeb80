/** Search rules staff keep and the search log, as stored in the database. */
package org.emporium.search.entity;
