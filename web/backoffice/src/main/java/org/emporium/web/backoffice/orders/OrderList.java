package org.emporium.web.backoffice.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.OrderDesk;
import org.emporium.order.boundary.OrderFilter;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code orders/orders.xhtml}: every order, newest first, a page at a time, filtered by status, text and the
 * days they were placed. The filter is in the address ({@code ?status=PAID&q=...}), so a filtered list can be
 * bookmarked or sent to a colleague.
 */
@ViewScoped
@Named
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderDesk desk;

    private String status;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private Map<OrderStatus, Long> counts;

    private final Rows rows = new Rows();

    /** The table's rows, read from the order desk one page at a time. */
    public class Rows extends LazyDataModel<SalesOrder> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, desk.count(filter()));
        }

        @Override
        public List<SalesOrder> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return desk.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(SalesOrder order) {
            return order.getNumber();
        }

        @Override
        public SalesOrder getRowData(String rowKey) {
            return null;
        }
    }

    OrderFilter filter() {
        return new OrderFilter(statusFilter(), text, from, to);
    }

    private OrderStatus statusFilter() {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(OrderStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    public List<OrderStatus> getStatuses() {
        return List.of(OrderStatus.values());
    }

    /** How many orders stand in a status, for the status picker. */
    public long count(OrderStatus status) {
        if (counts == null) {
            counts = desk.countsByStatus();
        }
        return counts.getOrDefault(status, 0L);
    }

    public Rows getRows() {
        return rows;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
