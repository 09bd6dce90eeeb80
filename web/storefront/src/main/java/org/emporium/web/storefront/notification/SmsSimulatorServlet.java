package org.emporium.web.storefront.notification;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.emporium.notification.boundary.SmsSimulator;

/**
 * {@code POST /simulator/sms/send}: the local SMS provider of development and test instances, speaking the
 * same signed JSON protocol as the real one. Answers 404 when the simulator is switched off (production).
 */
@WebServlet("/simulator/sms/send")
public class SmsSimulatorServlet extends HttpServlet {

    static final int MAX_BODY = 16 * 1024;

    @Inject
    SmsSimulator simulator;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            response.sendError(413);
            return;
        }
        SmsSimulator.Answer answer = simulator.send(
                request.getRequestURI(),
                request.getHeader("X-Sms-Key"),
                request.getHeader("X-Sms-Timestamp"),
                request.getHeader("X-Sms-Nonce"),
                request.getHeader("X-Sms-Signature"),
                new String(bytes, StandardCharsets.UTF_8));
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(answer.body());
    }
}
