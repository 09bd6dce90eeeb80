package org.emporium.web.backoffice.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.order.boundary.OrderDesk;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code orders/order.xhtml?number=...}: one order as staff see it — lines, amounts, address, its history — and
 * a button for each move the state machine allows staff from where it stands, with the reason kept in the
 * history.
 */
@ViewScoped
@Named
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderDesk desk;

    @Inject
    Orders orders;

    private String number;
    private SalesOrder order;
    private String reason;

    /** The view action: reads the order of the address; an unknown number answers 404. */
    public void load() throws IOException {
        order = desk.order(number).orElse(null);
        if (order == null) {
            Faces.responseSendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "order.unknown", number));
        }
    }

    public void move(String target) {
        OrderStatus to = OrderStatus.valueOf(target);
        boolean moved = StaffChange.run(
                BackOfficeTexts.ORDERS,
                "order.move.forbidden",
                () -> orders.move(number, to, reason == null || reason.isBlank() ? null : reason.strip()),
                "order.moves.done",
                number,
                Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "status." + to.name()));
        if (moved) {
            reason = null;
        }
        order = desk.order(number).orElse(order);
    }

    public String getTitle() {
        return Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "order.title", number);
    }

    public String moveLabel(OrderStatus target) {
        return Messages.text(
                BackOfficeTexts.ORDERS,
                Faces.getLocale(),
                "order.move.to",
                Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "status." + target.name()));
    }

    public List<OrderStatus> getMoves() {
        return order == null ? List.of() : OrderDesk.staffMoves(order.getStatus());
    }

    public SalesOrder getOrder() {
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
