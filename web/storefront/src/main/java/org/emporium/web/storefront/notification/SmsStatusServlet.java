package org.emporium.web.storefront.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.emporium.notification.boundary.SmsReports;

/**
 * {@code POST /notify/sms/status}: the SMS provider reports whether a message reached the handset. Only a
 * correctly signed, fresh report is applied (401 otherwise); the provider retries a report until it gets 200.
 */
@WebServlet("/notify/sms/status")
public class SmsStatusServlet extends HttpServlet {

    static final int MAX_BODY = 16 * 1024;

    @Inject
    SmsReports reports;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            response.sendError(413);
            return;
        }
        SmsReports.Outcome outcome = reports.report(
                request.getRequestURI(),
                request.getHeader("X-Sms-Timestamp"),
                request.getHeader("X-Sms-Nonce"),
                request.getHeader("X-Sms-Signature"),
                new String(bytes, StandardCharsets.UTF_8));
        response.setStatus(outcome.httpStatus);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"code\":\"" + outcome.name() + "\"}");
    }
}
