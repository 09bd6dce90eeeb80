/** Inventory entities: stock rows that never go below zero, reservations and the movements that change them. */
package org.emporium.inventory.entity;
