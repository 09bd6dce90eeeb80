/** What the chat widget, the agent console and the routing queue call: visitors, conversations, agents and routing. */
package org.emporium.chat.boundary;
