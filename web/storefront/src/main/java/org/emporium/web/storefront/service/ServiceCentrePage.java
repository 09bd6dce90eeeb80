package org.emporium.web.storefront.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.emporium.order.boundary.ServiceCentre;
import org.emporium.order.boundary.ServiceableOrder;
import org.emporium.order.entity.ServiceRequest;
import org.emporium.web.storefront.account.CurrentShopper;

/**
 * {@code service.xhtml}: the signed-in shopper's service centre — their requests, the most recently changed first,
 * each with its status; the recent orders that allow a refund (paid, not shipped) or a return or exchange
 * (delivered), each with a link to ask; and links to make a complaint or a suggestion. A guest is sent to sign in.
 */
@Named("serviceCentre")
@RequestScoped
public class ServiceCentrePage {

    static final int ORDERS_SHOWN = 10;

    @Inject
    ServiceCentre centre;

    @Inject
    CurrentShopper shopper;

    private List<ServiceRequest> requests = List.of();
    private List<ServiceableOrder> orders = List.of();

    public void load() throws IOException {
        ShopperAction.ownerOrSignIn(shopper).ifPresent(owner -> {
            requests = centre.requestsOf(owner);
            orders = centre.serviceable(owner, ORDERS_SHOWN);
        });
    }

    public List<ServiceRequest> getRequests() {
        return requests;
    }

    public List<ServiceableOrder> getOrders() {
        return orders;
    }

    public String time(java.time.OffsetDateTime at) {
        return ServiceTimes.shopTime(at);
    }
}
