/** Gatling simulations of shoppers on the storefront, run by bench/storefront against a seeded instance. */
package org.emporium.benchmarks;
