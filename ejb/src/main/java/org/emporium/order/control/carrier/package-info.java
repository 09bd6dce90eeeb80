/**
 * Asking carriers where a parcel is: the carrier-tracking SPI, its adapter for Kuaidi100-style query services
 * (a signed form POST answered with JSON tracking events) and the settings that say where and as whom to ask.
 */
package org.emporium.order.control.carrier;
