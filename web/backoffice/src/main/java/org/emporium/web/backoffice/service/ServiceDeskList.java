package org.emporium.web.backoffice.service;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.ServiceDesk;
import org.emporium.order.boundary.ServiceFilter;
import org.emporium.order.entity.ServiceKind;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.order.entity.ServiceStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code orders/service.xhtml}: every shopper's service requests, the most recently changed first, a page at a time,
 * filtered by status, kind and text (request or order number, buyer, subject). The filter is in the address
 * ({@code ?status=REQUESTED&kind=RETURN&q=...}), so a filtered list can be bookmarked.
 */
@ViewScoped
@Named
public class ServiceDeskList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServiceDesk desk;

    private String status;
    private String kind;
    private String text;

    private final Rows rows = new Rows();

    /** The table's rows, read from the service desk one page at a time. */
    public class Rows extends LazyDataModel<ServiceRequest> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, desk.count(filter()));
        }

        @Override
        public List<ServiceRequest> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return desk.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(ServiceRequest request) {
            return request.getNumber();
        }

        @Override
        public ServiceRequest getRowData(String rowKey) {
            return null;
        }
    }

    ServiceFilter filter() {
        return new ServiceFilter(named(ServiceStatus.values(), status), named(ServiceKind.values(), kind), text);
    }

    private static <E extends Enum<E>> E named(E[] values, String name) {
        return name == null || name.isBlank()
                ? null
                : Arrays.stream(values)
                        .filter(v -> v.name().equals(name))
                        .findFirst()
                        .orElse(null);
    }

    public List<ServiceStatus> getStatuses() {
        return List.of(ServiceStatus.values());
    }

    public List<ServiceKind> getKinds() {
        return List.of(ServiceKind.values());
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

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
