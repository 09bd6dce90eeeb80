package org.emporium.order.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * A shopper's order: lines with the SKUs as they were when it was placed, the amount lines that make up the
 * payable, where it goes, and its status with the full history of how it got there. Status changes only
 * through {@link #moveTo}, which allows exactly the transitions of {@link OrderStatus#next()}.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder implements Serializable {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    @Id
    @SequenceGenerator(name = "sales_order_seq", sequenceName = "sales_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_seq")
    private Long id;

    @Column(name = "order_number")
    private String number;

    /** Who placed it: {@code visitor:<id>} for a guest, {@code customer:<id>} once shoppers sign in. */
    private String buyer;

    @Column(name = "submission_token")
    private String submissionToken;

    @Column(name = "visitor_id")
    private String visitorId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "items_total")
    private BigDecimal itemsTotal;

    @Column(name = "shipping_fee")
    private BigDecimal shippingFee;

    private BigDecimal payable;

    /** What promotions took off, items and delivery together. */
    private BigDecimal discount = BigDecimal.ZERO.setScale(2);

    @Enumerated(EnumType.STRING)
    @Column(name = "shipping_method")
    private ShippingMethod shippingMethod;

    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String street;
    private String postcode;

    private String remark;

    @Column(name = "district_code")
    private String districtCode;

    /** The goods' weight the shipping fee was computed from. */
    @Column(name = "weight_grams")
    private Integer weightGrams;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    @Column(name = "delivery_slot_id")
    private Long deliverySlotId;

    /** The slot's window as the shopper chose it, e.g. "09:00–12:00". */
    @Column(name = "delivery_window")
    private String deliveryWindow;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method")
    private PaymentMethod paymentMethod = PaymentMethod.ONLINE;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_kind")
    private Invoice.Kind invoiceKind = Invoice.Kind.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "invoice_medium")
    private Invoice.Medium invoiceMedium;

    @Column(name = "invoice_title")
    private String invoiceTitle;

    @Column(name = "invoice_tax_id")
    private String invoiceTaxId;

    private boolean gift;

    @Column(name = "placed_at")
    private OffsetDateTime placedAt;

    @Column(name = "pay_by")
    private OffsetDateTime payBy;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<AmountLine> amounts = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<StatusChange> history = new ArrayList<>();

    /** Who carries it once shipped, and under which of the carrier's numbers; both or neither. */
    @Enumerated(EnumType.STRING)
    private Carrier carrier;

    @Column(name = "tracking_number")
    private String trackingNumber;

    /** When the carrier was last asked about the parcel (and answered). */
    @Column(name = "tracking_checked_at")
    private OffsetDateTime trackingCheckedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TrackingEvent> tracking = new ArrayList<>();

    @Version
    private long version;

    protected SalesOrder() {}

    /** An item of the order to be: the SKU as the catalogue shows it now, and how many. */
    public record Item(OrderLine.LineSnapshot sku, int quantity) {}

    /**
     * A new order in status CREATED, its amounts computed from its items and the shipping method's fee. The
     * address must pass {@link DeliveryAddress#checked()}; every item must be in the order's currency.
     */
    public SalesOrder(
            String buyer,
            String submissionToken,
            String visitorId,
            List<Item> items,
            DeliveryAddress address,
            ShippingMethod shippingMethod,
            String remark,
            OffsetDateTime placedAt,
            OffsetDateTime payBy,
            String actor) {
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.submissionToken = Objects.requireNonNull(submissionToken, "submissionToken");
        this.visitorId = visitorId;
        if (items.isEmpty()) {
            throw new BusinessRuleViolation("order.empty");
        }
        Currency orderCurrency = items.get(0).sku().unitPrice().currency();
        Money total = new Money(BigDecimal.ZERO, orderCurrency);
        for (Item item : items) {
            if (!item.sku().unitPrice().currency().equals(orderCurrency)) {
                throw new BusinessRuleViolation(
                        "order.currency.mixed", item.sku().skuCode());
            }
            if (item.quantity() <= 0) {
                throw new BusinessRuleViolation("inventory.quantity.positive", item.quantity());
            }
            lines.add(new OrderLine(this, lines.size(), item.sku(), item.quantity()));
            total = total.plus(item.sku().unitPrice().times(item.quantity()));
        }
        this.currency = orderCurrency.getCurrencyCode();
        this.itemsTotal = total.amount();
        this.shippingMethod = Objects.requireNonNull(shippingMethod, "shippingMethod");
        this.shippingFee = shippingMethod.feeFor(itemsTotal);
        this.payable = itemsTotal.add(shippingFee);
        amounts.add(new AmountLine(this, 0, AmountKind.ITEMS, itemsTotal));
        amounts.add(new AmountLine(this, 1, AmountKind.SHIPPING, shippingFee));
        DeliveryAddress a = address.checked();
        this.recipient = a.recipient();
        this.phone = a.phone();
        this.province = a.province();
        this.city = a.city();
        this.district = a.district();
        this.street = a.street();
        this.postcode = a.postcode();
        if (remark != null && remark.strip().length() > 200) {
            throw new BusinessRuleViolation("order.remark.size", 200);
        }
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.payBy = Objects.requireNonNull(payBy, "payBy");
        this.status = OrderStatus.CREATED;
        history.add(new StatusChange(this, null, OrderStatus.CREATED, actor, "placed", placedAt));
    }

    /**
     * What the checkout settled besides the goods: the district (its code), the goods' weight and the shipping
     * fee the rules gave for them, the delivery slot and day (or none), how the shopper pays, the fapiao and the
     * gift flag.
     */
    public record Arrangement(
            String districtCode,
            int weightGrams,
            BigDecimal shippingFee,
            Long deliverySlotId,
            LocalDate deliveryDate,
            String deliveryWindow,
            PaymentMethod paymentMethod,
            Invoice invoice,
            boolean gift) {}

    /**
     * Settles the checkout's choices on the order before promotions apply; the shipping fee replaces the method's
     * default fee in the amounts.
     */
    public void arrange(Arrangement a) {
        if (discount.signum() != 0) {
            throw new IllegalStateException("Arrange an order before promotions apply");
        }
        if (a.shippingFee().signum() < 0) {
            throw new IllegalArgumentException("A negative shipping fee");
        }
        if ((a.deliverySlotId() == null) != (a.deliveryDate() == null)) {
            throw new IllegalArgumentException("A delivery slot needs its day, and a day its slot");
        }
        this.districtCode = a.districtCode();
        this.weightGrams = a.weightGrams();
        this.shippingFee = a.shippingFee().setScale(2);
        this.payable = itemsTotal.add(shippingFee);
        amounts.replaceAll(line -> line.getKind() == AmountKind.SHIPPING
                ? new AmountLine(this, line.getPosition(), AmountKind.SHIPPING, shippingFee)
                : line);
        this.deliverySlotId = a.deliverySlotId();
        this.deliveryDate = a.deliveryDate();
        this.deliveryWindow = a.deliveryWindow();
        this.paymentMethod = a.paymentMethod() == null ? PaymentMethod.ONLINE : a.paymentMethod();
        Invoice invoice = a.invoice() == null ? Invoice.NONE : a.invoice().checked();
        this.invoiceKind = invoice.kind();
        this.invoiceMedium = invoice.medium();
        this.invoiceTitle = invoice.title();
        this.invoiceTaxId = invoice.taxId();
        this.gift = a.gift();
    }

    /** What one campaign took off, for the order's amount lines. */
    public record Discount(long campaignId, String nameZh, String nameEn, BigDecimal amount) {}

    /**
     * Applies what promotions took off: each line's share (by SKU), one PROMOTION amount line per campaign (a
     * negative amount), and the gifts as lines of zero amount. The shares and the campaigns' amounts must agree,
     * and the payable never goes below zero: the amount lines still sum to it.
     */
    public void applyPromotions(
            java.util.Map<String, BigDecimal> lineDiscounts, List<Discount> discounts, List<Item> gifts) {
        if (discount.signum() != 0) {
            throw new IllegalStateException("Promotions were applied already");
        }
        BigDecimal shares = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            BigDecimal share = lineDiscounts.get(line.getSkuCode());
            if (share != null) {
                line.discount(share);
                shares = shares.add(share);
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Discount d : discounts) {
            if (d.amount().signum() <= 0) {
                continue;
            }
            amounts.add(new AmountLine(
                    this,
                    amounts.size(),
                    d.campaignId(),
                    d.nameZh(),
                    d.nameEn(),
                    d.amount().negate()));
            total = total.add(d.amount());
        }
        if (shares.compareTo(total) > 0 || total.compareTo(itemsTotal.add(shippingFee)) > 0) {
            throw new IllegalArgumentException("Discounts of " + total + " do not fit this order");
        }
        for (Item gift : gifts) {
            lines.add(OrderLine.gift(this, lines.size(), gift.sku(), gift.quantity()));
        }
        this.discount = total.setScale(2);
        this.payable = itemsTotal.add(shippingFee).subtract(discount);
    }

    /** Gives the order its number once it has its id: the shop's date of placement and the id, e.g. 26112500001050. */
    public String assignNumber() {
        if (number == null) {
            if (id == null) {
                throw new IllegalStateException("An order gets its number after its id");
            }
            number = NUMBER_DATE.format(placedAt.atZoneSameInstant(SHOP_ZONE)) + String.format("%08d", id);
        }
        return number;
    }

    /**
     * Moves the order to another status, if its current one allows it, and records who did it, when and why.
     * A move the state machine does not allow raises {@code order.status.notAllowed} and changes nothing.
     */
    public StatusChange moveTo(OrderStatus target, String actor, String reason, OffsetDateTime at) {
        if (!status.canMoveTo(target)) {
            throw new BusinessRuleViolation("order.status.notAllowed", number, status.name(), target.name());
        }
        if (target == OrderStatus.SHIPPED && carrier == null) {
            throw new BusinessRuleViolation("order.ship.trackingNeeded", number);
        }
        StatusChange change = new StatusChange(this, status, target, actor, reason, at);
        history.add(change);
        status = target;
        return change;
    }

    /**
     * Says who carries the parcel and under which number, just before the order moves to SHIPPED: only an order
     * that may ship now ({@code order.status.notAllowed}), with a number of that carrier's shape
     * ({@code order.tracking.format}).
     */
    public void shipWith(Carrier by, String number) {
        if (!status.canMoveTo(OrderStatus.SHIPPED)) {
            throw new BusinessRuleViolation(
                    "order.status.notAllowed", this.number, status.name(), OrderStatus.SHIPPED.name());
        }
        if (by == null) {
            throw new BusinessRuleViolation("order.tracking.carrier");
        }
        String checked = by.checked(number);
        this.carrier = by;
        this.trackingNumber = checked;
    }

    /**
     * Keeps what the carrier answered about the parcel at that moment: its events replace those it told before
     * (the carrier's answer is always the whole story).
     */
    public void tracked(Parcel parcel, OffsetDateTime at) {
        if (carrier == null
                || parcel.carrier() != carrier
                || !parcel.trackingNumber().equals(trackingNumber)) {
            throw new IllegalArgumentException("Not this order's parcel: " + parcel.carrier() + " "
                    + parcel.trackingNumber() + " for order " + number);
        }
        tracking.clear();
        int position = 0;
        for (Parcel.Event event : parcel.events()) {
            tracking.add(new TrackingEvent(this, position++, event));
        }
        trackingCheckedAt = at;
    }

    /**
     * Whether the carrier should be asked again at {@code now}: a parcel on its way (neither signed for nor sent
     * back yet) whose last answer is older than {@code freshFor}, or never asked.
     */
    public boolean trackingDue(OffsetDateTime now, java.time.Duration freshFor) {
        if (carrier == null || status == OrderStatus.CANCELLED || status == OrderStatus.CLOSED) {
            return false;
        }
        boolean ended = tracking.stream()
                .anyMatch(e -> e.getStage() == TrackingStage.DELIVERED || e.getStage() == TrackingStage.RETURNED);
        return !ended
                && (trackingCheckedAt == null
                        || !trackingCheckedAt.plus(freshFor).isAfter(now));
    }

    /**
     * A guest's order becomes the shopper's who signed in on the browser that placed it: only a guest's
     * ({@code guest:<token>}) order, only to a customer ({@code customer:<id>}).
     */
    public void adoptBy(String customer) {
        if (buyer == null || !buyer.startsWith("guest:")) {
            throw new IllegalStateException("Order " + number + " is not a guest's order");
        }
        if (customer == null || !customer.matches("^customer:\\d+$")) {
            throw new IllegalArgumentException("Not a customer: " + customer);
        }
        this.buyer = customer;
    }

    /** Whether the shopper may still change where the order goes and the remark: until it ships. */
    public boolean deliveryChangeable() {
        return status.holdsStock();
    }

    /**
     * The shopper changes the delivery address (already checked and resolved to {@code districtCode}) and the
     * remark before the order ships; each change is a step of the order's history with the status unchanged, and
     * an order already shipped (or ended) refuses with {@code order.delivery.tooLate}. Nothing changed, nothing
     * recorded; returns the steps recorded.
     */
    public List<StatusChange> changeDelivery(
            DeliveryAddress address, String districtCode, String newRemark, String actor, OffsetDateTime at) {
        if (!deliveryChangeable()) {
            throw new BusinessRuleViolation("order.delivery.tooLate", number);
        }
        DeliveryAddress a = address.checked();
        String r = newRemark == null || newRemark.isBlank() ? null : newRemark.strip();
        if (r != null && r.length() > 200) {
            throw new BusinessRuleViolation("order.remark.size", 200);
        }
        List<StatusChange> changes = new ArrayList<>();
        if (!a.equals(address())) {
            String reason = "address changed: " + a.recipient() + " " + a.phone() + ", " + a.province() + " " + a.city()
                    + " " + a.district() + " " + a.street() + " " + a.postcode();
            changes.add(new StatusChange(this, status, status, actor, clip(reason), at));
            this.recipient = a.recipient();
            this.phone = a.phone();
            this.province = a.province();
            this.city = a.city();
            this.district = a.district();
            this.street = a.street();
            this.postcode = a.postcode();
            this.districtCode = districtCode;
        }
        if (!Objects.equals(r, remark)) {
            changes.add(
                    new StatusChange(this, status, status, actor, clip("remark changed: " + (r == null ? "" : r)), at));
            this.remark = r;
        }
        history.addAll(changes);
        return changes;
    }

    private static String clip(String reason) {
        return reason.length() <= 200 ? reason : reason.substring(0, 199) + "…";
    }

    /** Unpaid past its deadline: the closing timer ends it. */
    public boolean isOverdue(OffsetDateTime now) {
        return status == OrderStatus.AWAITING_PAYMENT && payBy.isBefore(now);
    }

    /** The sum of the amount lines, which is what the shopper pays. */
    public Money payable() {
        return new Money(payable, Currency.getInstance(currency));
    }

    public Money itemsTotal() {
        return new Money(itemsTotal, Currency.getInstance(currency));
    }

    public Money shippingFee() {
        return new Money(shippingFee, Currency.getInstance(currency));
    }

    public DeliveryAddress address() {
        return new DeliveryAddress(recipient, phone, province, city, district, street, postcode);
    }

    /** Records the booked slot's window, as the shopper chose it. */
    public void deliverIn(String window) {
        if (deliverySlotId == null) {
            throw new IllegalStateException("No delivery slot was chosen");
        }
        this.deliveryWindow = window;
    }

    public Invoice invoice() {
        return invoiceKind == Invoice.Kind.NONE
                ? Invoice.NONE
                : new Invoice(invoiceKind, invoiceMedium, invoiceTitle, invoiceTaxId);
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public LocalDate getDeliveryDate() {
        return deliveryDate;
    }

    public Long getDeliverySlotId() {
        return deliverySlotId;
    }

    public String getDeliveryWindow() {
        return deliveryWindow;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public boolean isGift() {
        return gift;
    }

    public Long getId() {
        return id;
    }

    public Carrier getCarrier() {
        return carrier;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public OffsetDateTime getTrackingCheckedAt() {
        return trackingCheckedAt;
    }

    /** The carrier's events as last answered, oldest first. */
    public List<TrackingEvent> getTracking() {
        return tracking;
    }

    public String getNumber() {
        return number;
    }

    public String getBuyer() {
        return buyer;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public String getVisitorId() {
        return visitorId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getItemsTotal() {
        return itemsTotal;
    }

    public BigDecimal getShippingFee() {
        return shippingFee;
    }

    public BigDecimal getPayable() {
        return payable;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public Money discount() {
        return new Money(discount, Currency.getInstance(currency));
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public String getRemark() {
        return remark;
    }

    public OffsetDateTime getPlacedAt() {
        return placedAt;
    }

    public OffsetDateTime getPayBy() {
        return payBy;
    }

    public List<OrderLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<AmountLine> getAmounts() {
        return Collections.unmodifiableList(amounts);
    }

    public List<StatusChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public long getVersion() {
        return version;
    }
}
