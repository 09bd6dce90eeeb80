package org.emporium.web.backoffice.service;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.WarehouseInfo;
import org.emporium.order.boundary.ServiceDesk;
import org.emporium.order.boundary.ServicePhotoInfo;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.emporium.payment.boundary.ServiceRefunds;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code orders/service-request.xhtml?number=...}: one service request as staff see it — what the shopper asked,
 * lines, photos, history and thread — and what its status allows: approve or reject (with the reason, which the
 * shopper reads), record the goods of a return or exchange received (back on a warehouse's shelf, or not when they
 * cannot be sold again), refund ({@link ServiceRefunds}: pressing again refunds nothing more), record the exchange
 * sent, close, and reply.
 */
@ViewScoped
@Named
public class ServiceRequestDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TEXTS = BackOfficeTexts.SERVICE;

    @Inject
    ServiceDesk desk;

    @Inject
    ServiceRefunds refunds;

    @Inject
    Stock stock;

    private String number;
    private ServiceRequest request;
    private List<ServicePhotoInfo> photos;
    private String reason;
    private String reply;
    private String warehouse;

    /** The view action: reads the request of the address; an unknown number answers 404. */
    public void load() throws IOException {
        reread();
        if (request == null) {
            Faces.responseSendError(
                    HttpServletResponse.SC_NOT_FOUND, Messages.text(TEXTS, Faces.getLocale(), "desk.unknown", number));
        }
    }

    public void approve() {
        change(() -> desk.approve(number, reason), "desk.approved");
    }

    public void reject() {
        change(() -> desk.reject(number, reason), "desk.rejected");
    }

    public void receive() {
        change(() -> desk.received(number, warehouse, reason), "desk.received");
    }

    public void exchanged() {
        change(() -> desk.exchanged(number, reason), "desk.exchanged");
    }

    public void close() {
        change(() -> desk.close(number, reason), "desk.closed");
    }

    public void sendReply() {
        if (StaffChange.run(TEXTS, "desk.forbidden", () -> desk.reply(number, reply), "desk.replied", number)) {
            reply = null;
        }
        reread();
    }

    /** Gives the request's money back through the payment context's refund and records it on the request. */
    public void refund() {
        change(() -> refunds.refund(number, reason), "desk.refunded");
    }

    private void change(Runnable action, String doneKey) {
        if (StaffChange.run(TEXTS, "desk.forbidden", action, doneKey, number)) {
            reason = null;
        }
        reread();
    }

    private void reread() {
        request = desk.request(number).orElse(null);
        photos = request == null ? List.of() : desk.photos(number);
    }

    public boolean can(String target) {
        return request != null && request.getStatus().canMoveTo(request.getKind(), ServiceStatus.valueOf(target));
    }

    /** Refunds are given from an approved refund request or a return whose goods came back. */
    public boolean isRefundable() {
        return request != null && request.isRefundable();
    }

    public List<WarehouseInfo> getWarehouses() {
        return stock.warehouses().stream().filter(WarehouseInfo::active).toList();
    }

    public String getTitle() {
        return Messages.text(TEXTS, Faces.getLocale(), "desk.request.title", number);
    }

    public ServiceRequest getRequest() {
        return request;
    }

    public List<ServicePhotoInfo> getPhotos() {
        return photos;
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

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }
}
