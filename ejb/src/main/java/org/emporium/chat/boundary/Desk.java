package org.emporium.chat.boundary;

import java.util.List;

/** Everything the agent console shows at once: the agent, the queue, their conversations, the visitors, tickets. */
public record Desk(
        AgentView me,
        List<QueueEntry> queue,
        List<ConversationView> mine,
        List<LiveVisitor> visitors,
        List<CannedView> canned,
        List<TicketView> tickets,
        List<AgentView> agents,
        List<String> departments) {}
