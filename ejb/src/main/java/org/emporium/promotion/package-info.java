/** Promotions: campaigns, templates, stacking rules, coupons and budgets, and the engine that prices a cart with them. */
package org.emporium.promotion;
