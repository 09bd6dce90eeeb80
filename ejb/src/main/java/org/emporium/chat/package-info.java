/** Live chat: visitors and their pages, conversations routed to agents by department and capacity, and what is said. */
package org.emporium.chat;
