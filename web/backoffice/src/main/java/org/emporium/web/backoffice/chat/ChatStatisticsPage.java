package org.emporium.web.backoffice.chat;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.chat.boundary.ChatStatistics;
import org.emporium.chat.boundary.DailyFigures;

/** {@code chat/statistics.xhtml}: the chat's figures per day, agent and department, for the last days. */
@RequestScoped
@Named("chatStatistics")
public class ChatStatisticsPage {

    @Inject
    ChatStatistics statistics;

    @Inject
    @ConfigProperty(name = "emporium.office.zone", defaultValue = "Asia/Shanghai")
    String zone;

    private int days = 7;
    private List<DailyFigures> figures;

    public List<DailyFigures> getFigures() {
        if (figures == null) {
            figures = figures(statistics, ZoneId.of(zone), days);
        }
        return figures;
    }

    /** The days shown, as a chart: conversations and answered ones as bars, the average wait as a line. */
    public String getChart() {
        LocalDate today = LocalDate.now(ZoneId.of(zone));
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, "chat");
        return ChatChart.json(ChatChart.days(getFigures(), today.minusDays(span(days) - 1L), today), texts::getString);
    }

    private static int span(int days) {
        return Math.max(1, Math.min(days, ChatStatistics.MAX_DAYS));
    }

    static List<DailyFigures> figures(ChatStatistics statistics, ZoneId zone, int days) {
        LocalDate today = LocalDate.now(zone);
        return statistics.daily(today.minusDays(span(days) - 1L), today, zone);
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    /** Seconds as minutes and seconds ("2:05"), or a dash when nothing was measured. */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
