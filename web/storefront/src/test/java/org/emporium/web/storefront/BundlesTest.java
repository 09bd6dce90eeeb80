package org.emporium.web.storefront;

import org.emporium.web.ui.WarBundlesContract;

/**
 * Every text of the storefront's bundles exists in English and Simplified Chinese, the English file doubles
 * as the fallback, and every text a page asks for exists in both languages.
 */
class BundlesTest extends WarBundlesContract {}
