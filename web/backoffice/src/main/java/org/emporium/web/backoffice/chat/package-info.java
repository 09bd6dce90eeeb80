/** The agent console: its page and the agents' chat socket, open only to staff with the agent role. */
package org.emporium.web.backoffice.chat;
