/** Site search inside the deployed application: the index fed by catalogue events, queries, suggestions. */
package org.emporium.systemtest.search;
