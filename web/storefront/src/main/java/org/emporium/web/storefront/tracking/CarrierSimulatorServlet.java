package org.emporium.web.storefront.tracking;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.emporium.order.boundary.CarrierSimulator;
import org.emporium.order.entity.Carrier;

/**
 * The local carrier-query simulator ({@code /simulator/kuaidi100}), on only while no real carrier-query account is
 * configured: {@code poll/query.do} answers the shop's signed form (customer, sign, param) with the parcel's events
 * as JSON; {@code behaviour} sets the time between events ({@code stepSeconds}) and a failure ({@code failure}:
 * NONE, REFUSING or DOWN); {@code advance} moves one parcel's story on ({@code com}, {@code num},
 * {@code seconds}).
 */
@WebServlet(name = "CarrierSimulatorServlet", urlPatterns = CarrierSimulator.PATH + "/*")
public class CarrierSimulatorServlet extends HttpServlet {

    @Inject
    CarrierSimulator simulator;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        if (!simulator.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        try {
            switch (path) {
                case CarrierSimulator.QUERY_PATH -> {
                    CarrierSimulator.Answer answer = simulator.query(
                            request.getParameter("customer"),
                            request.getParameter("sign"),
                            request.getParameter("param"));
                    response.setStatus(answer.status());
                    response.setContentType("application/json");
                    response.setCharacterEncoding("UTF-8");
                    response.getWriter().write(answer.body());
                }
                case "/behaviour" -> {
                    simulator.behave(
                            Duration.ofSeconds(Long.parseLong(Optional.ofNullable(request.getParameter("stepSeconds"))
                                    .orElse("600"))),
                            CarrierSimulator.Failure.valueOf(Optional.ofNullable(request.getParameter("failure"))
                                    .orElse("NONE")));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                case "/advance" -> {
                    Carrier carrier = Carrier.ofCode(request.getParameter("com"))
                            .orElseThrow(() -> new IllegalArgumentException("unknown com"));
                    simulator.advance(
                            carrier,
                            Optional.ofNullable(request.getParameter("num"))
                                    .orElse("")
                                    .strip(),
                            Duration.ofSeconds(Long.parseLong(request.getParameter("seconds"))));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IllegalArgumentException bad) { // NumberFormatException too
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
        }
    }
}
