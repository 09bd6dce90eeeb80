package org.emporium.catalog.boundary;

import org.emporium.platform.money.Money;

/** A SKU to create with a new product. */
public record NewSku(String code, String specZh, String specEn, Money price, Money listPrice) {}
