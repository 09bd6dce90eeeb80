package org.emporium.web.backoffice.chat;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.chat.boundary.ChatStatistics;
import org.emporium.chat.boundary.DailyFigures;

/** The chat's figures as CSV (UTF-8 with a byte order mark, so spreadsheets read Chinese right). */
@WebServlet("/chat/statistics.csv")
public class ChatStatisticsExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ChatStatistics statistics;

    @Inject
    @ConfigProperty(name = "emporium.office.zone", defaultValue = "Asia/Shanghai")
    transient String zone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int days;
        try {
            days = Integer.parseInt(request.getParameter("days"));
        } catch (NumberFormatException e) {
            days = 7;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"chat-statistics.csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("day,agent,department,conversations,answered,average_wait_s,average_first_response_s,"
                + "average_duration_s,average_rating,ratings\r\n");
        for (DailyFigures f : ChatStatisticsPage.figures(statistics, ZoneId.of(zone), days)) {
            out.print(String.join(
                    ",",
                    f.day().toString(),
                    cell(f.agent()),
                    cell(f.department()),
                    String.valueOf(f.conversations()),
                    String.valueOf(f.answered()),
                    cell(f.averageWaitSeconds()),
                    cell(f.averageFirstResponseSeconds()),
                    cell(f.averageDurationSeconds()),
                    cell(f.averageRating()),
                    String.valueOf(f.ratings())));
            out.print("\r\n");
        }
    }

    /** A value as a CSV cell; text that a spreadsheet would run as a formula is defused. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
