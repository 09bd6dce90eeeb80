/** Real-browser tests: headless Chromium driving the storefront and the back office as shoppers and staff do. */
package org.emporium.systemtest.browser;
