/** The rules of chat routing (who takes which waiting conversation, queue positions) and the fan-out of chat signals. */
package org.emporium.chat.control;
