package org.emporium.web.backoffice.inventory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.emporium.inventory.boundary.Movement;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.inventory.boundary.WarehouseInfo;
import org.emporium.inventory.boundary.WarehouseLevel;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;
import org.emporium.web.ui.Messages;
import org.omnifaces.util.Faces;

/**
 * {@code inventory/stock.xhtml?sku=...}: a SKU's stock in each warehouse and over the serving ones, goods
 * received, corrections after a count, and the newest entries of its movement log.
 */
@ViewScoped
@Named
public class StockDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How much of the movement log the page shows. */
    static final int MOVEMENTS_SHOWN = 100;

    @Inject
    Stock stock;

    private String sku;
    private List<WarehouseLevel> levels = List.of();
    private StockLevel total;
    private List<Movement> movements = List.of();
    private List<WarehouseInfo> warehouses;

    private String warehouse;
    private Integer quantity;
    private Integer delta;
    private String reason;

    /** The view action, and the "show" button: reads the SKU of the address or the search field. */
    public void load() {
        sku = sku == null ? null : sku.strip().toUpperCase(Locale.ROOT);
        if (sku == null || sku.isEmpty()) {
            sku = null;
            levels = List.of();
            movements = List.of();
            total = null;
            return;
        }
        levels = stock.levelsByWarehouse(sku);
        total = stock.level(sku);
        movements = stock.movements(sku, MOVEMENTS_SHOWN);
    }

    public void receive() {
        int received = quantity == null ? 0 : quantity;
        if (StaffChange.run(
                BackOfficeTexts.ORDERS,
                "stock.forbidden",
                () -> stock.receive(warehouse, sku, received, reason),
                "stock.receive.done",
                received,
                sku,
                warehouse)) {
            quantity = null;
            reason = null;
        }
        load();
    }

    public void adjust() {
        int change = delta == null ? 0 : delta;
        if (StaffChange.run(
                BackOfficeTexts.ORDERS,
                "stock.forbidden",
                () -> stock.adjust(warehouse, sku, change, reason),
                "stock.adjust.done",
                sku,
                warehouse,
                change)) {
            delta = null;
            reason = null;
        }
        load();
    }

    public List<WarehouseInfo> getWarehouses() {
        if (warehouses == null) {
            warehouses = stock.warehouses();
        }
        return warehouses;
    }

    public String getNoneText() {
        return Messages.text(BackOfficeTexts.ORDERS, Faces.getLocale(), "stock.none", sku);
    }

    public boolean isShown() {
        return sku != null;
    }

    public List<WarehouseLevel> getLevels() {
        return levels;
    }

    public StockLevel getTotal() {
        return total;
    }

    public List<Movement> getMovements() {
        return movements;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public String getWarehouse() {
        return warehouse;
    }

    public void setWarehouse(String warehouse) {
        this.warehouse = warehouse;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Integer getDelta() {
        return delta;
    }

    public void setDelta(Integer delta) {
        this.delta = delta;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
