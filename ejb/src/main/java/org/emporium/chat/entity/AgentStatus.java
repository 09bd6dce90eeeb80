package org.emporium.chat.entity;

/** Whether an agent takes new conversations: only an online agent does; a busy one keeps the ones they have. */
public enum AgentStatus {
    ONLINE,
    BUSY,
    AWAY,
    OFFLINE;

    /** Someone is there to answer, soon if not now: the widget offers a chat rather than the offline form. */
    public boolean present() {
        return this == ONLINE || this == BUSY;
    }
}
