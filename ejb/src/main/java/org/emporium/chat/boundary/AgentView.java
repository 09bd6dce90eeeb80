package org.emporium.chat.boundary;

import java.util.List;
import org.emporium.chat.entity.AgentStatus;

/** An agent as the console shows them: status and load, and the departments they serve. */
public record AgentView(
        String username, String displayName, AgentStatus status, int capacity, int active, List<String> departments) {}
