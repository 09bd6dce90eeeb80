/** Live chat inside the application and in two browsers: routing, capacity, queue, transfer, offline tickets, fan-out, safety. */
package org.emporium.systemtest.chat;
