/** Accounts, points lots, gift cards, payments with their tenders, and journal entries with their lines. */
package org.emporium.payment.entity;
