/** Promotion entities: templates, campaigns with their budgets and status, stacking rules, uses by orders, coupons. */
package org.emporium.promotion.entity;
