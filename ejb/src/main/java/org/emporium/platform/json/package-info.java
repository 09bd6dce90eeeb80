/** JSON for the whole application through one provider, looked up once. */
package org.emporium.platform.json;
