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
import org.emporium.order.boundary.ShipmentTracking;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.SalesOrder;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code orders/order.xhtml?number=...}: one order as staff see it — lines, amounts, address, its history — and
 * a button for each move the state machine allows staff from where it stands, with the reason kept in the
 * history; shipping asks for the carrier and the tracking number. The parcel's tracking events are shown as the
 * carrier last told them.
 */
@ViewScoped
@Named
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderDesk desk;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    ShipmentTracking tracking;

    private String number;
    private SalesOrder order;
    private String reason;
    private Tender cash;
    private Carrier carrier;
    private String trackingNumber;

    /** The view action: reads the order of the address; an unknown number answers 404. */
    public void load() throws IOException {
        order = desk.order(number).orElse(null);
        if (order == null) {
            Faces.responseSendError(
                    HttpServletResponse.SC_NOT_FOUND,
                    Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "order.unknown", number));
        }
        cash = cashCollected();
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
        cash = cashCollected();
    }

    /** The courier's cash of a cash-on-delivery order, once the payment context recorded it (at delivery). */
    private Tender cashCollected() {
        if (order == null || order.getPaymentMethod() != PaymentMethod.CASH_ON_DELIVERY) {
            return null;
        }
        return payments.payment(order.getBuyer(), order.getNumber()).stream()
                .flatMap(p -> p.getTenders().stream())
                .filter(t -> t.getMethod() == TenderMethod.COD)
                .findFirst()
                .orElse(null);
    }

    public Tender getCash() {
        return cash;
    }

    /**
     * Where the cash of a cash-on-delivery order stands before it is recorded: to be collected at delivery, being
     * recorded (delivered a moment ago), or never (the order ended before delivery).
     */
    public String getCashWaiting() {
        if (order == null || cash != null) {
            return null;
        }
        return switch (order.getStatus()) {
            case DELIVERED, COMPLETED -> "order.cash.recording";
            case CANCELLED, CLOSED -> "order.cash.none";
            default -> "order.cash.waiting";
        };
    }

    /** Ships the order with the carrier and tracking number typed; what was typed stays when it is refused. */
    public void ship() {
        boolean shipped = StaffChange.run(
                BackOfficeTexts.ORDERS,
                "order.move.forbidden",
                () -> orders.ship(
                        number, carrier, trackingNumber, reason == null || reason.isBlank() ? null : reason.strip()),
                null);
        order = desk.order(number).orElse(order);
        if (shipped) {
            Messages.info(
                    BackOfficeTexts.ORDERS,
                    "order.ship.done",
                    number,
                    Messages.text(
                            BackOfficeTexts.ORDERS,
                            Faces.getLocale(),
                            "carrier." + order.getCarrier().name()),
                    order.getTrackingNumber());
            reason = null;
            carrier = null;
            trackingNumber = null;
        }
    }

    /** Asks the carrier about the parcel now and shows what it told (or that it could not answer). */
    public void askCarrier() {
        StaffChange.run(
                BackOfficeTexts.ORDERS,
                "order.move.forbidden",
                () -> {
                    if (tracking.askNow(number)) {
                        Messages.info(BackOfficeTexts.ORDERS, "order.tracking.asked");
                    } else {
                        Messages.error(BackOfficeTexts.ORDERS, "order.tracking.unavailable");
                    }
                },
                null);
        order = desk.order(number).orElse(order);
    }

    /** Whether the order may ship now: the ship form instead of a plain SHIPPED button. */
    public boolean isShippable() {
        return order != null && order.getStatus().canMoveTo(OrderStatus.SHIPPED);
    }

    public List<Carrier> getCarriers() {
        return List.of(Carrier.values());
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
        return order == null
                ? List.of()
                : OrderDesk.staffMoves(order.getStatus()).stream()
                        .filter(s -> s != OrderStatus.SHIPPED)
                        .toList();
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

    public Carrier getCarrier() {
        return carrier;
    }

    public void setCarrier(Carrier carrier) {
        this.carrier = carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
