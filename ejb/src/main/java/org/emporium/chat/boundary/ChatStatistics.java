package org.emporium.chat.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.emporium.chat.control.StatisticsReads;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The chat's figures per day, agent and department: conversations, answered, waiting, first response,
 * duration and satisfaction. For agents and administrators; at most 92 days at once.
 */
@Stateless
@DeclareRoles({ChatStatistics.AGENT, ChatSetup.ADMINISTRATOR})
@RolesAllowed({ChatStatistics.AGENT, ChatSetup.ADMINISTRATOR})
public class ChatStatistics {

    public static final String AGENT = "agent";
    public static final int MAX_DAYS = 92;

    @Inject
    StatisticsReads reads;

    /** The figures of the days from {@code first} to {@code last}, both included, in the given zone. */
    public List<DailyFigures> daily(LocalDate first, LocalDate last, ZoneId zone) {
        if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new BusinessRuleViolation("chat.statistics.range", MAX_DAYS);
        }
        return reads.daily(first, last, zone);
    }
}
