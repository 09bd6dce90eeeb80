package org.emporium.chat.boundary;

import java.time.LocalDate;

/**
 * One day's conversations of one agent in one department (agent null: never answered), with the averages
 * in seconds of waiting (queued to assigned), first response (assigned to the agent's first reply) and
 * duration (started to closed), and the average rating of those rated; null where nothing was measured.
 */
public record DailyFigures(
        LocalDate day,
        String agent,
        String department,
        int conversations,
        int answered,
        Long averageWaitSeconds,
        Long averageFirstResponseSeconds,
        Long averageDurationSeconds,
        Double averageRating,
        int ratings) {}
