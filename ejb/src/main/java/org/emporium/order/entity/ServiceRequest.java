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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * What a shopper asked of the service centre: a refund before shipment, a return or exchange after delivery (an
 * RMA), a complaint or a suggestion. A request about goods names the order's lines and how many units, never more
 * than bought minus what other requests claim already. Its status changes only through {@link #moveTo}, which
 * allows exactly the moves of {@link ServiceStatus#next}, each recorded with who, when and why; the thread of
 * replies between shop and shopper grows by {@link #reply}.
 */
@Entity
@Table(name = "service_request")
public class ServiceRequest implements Serializable {

    public static final int MAX_SUBJECT = 100;
    public static final int MAX_TEXT = 2000;
    public static final int MAX_REASON = 200;

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    @Id
    @SequenceGenerator(name = "service_request_seq", sequenceName = "service_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_seq")
    private Long id;

    @Column(name = "request_number")
    private String number;

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    /** Whose request: the shopper's owner id ({@code customer:<id>}), as on their orders. */
    private String buyer;

    @Column(name = "order_number")
    private String orderNumber;

    @Enumerated(EnumType.STRING)
    private ServiceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private ServiceReason reason;

    private String subject;

    private String description;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "refund_number")
    private String refundNumber;

    @Column(name = "refunded_amount")
    private BigDecimal refundedAmount;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ServiceLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<ServiceChange> history = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("writtenAt, id")
    private List<ServiceMessage> messages = new ArrayList<>();

    @Version
    private long version;

    protected ServiceRequest() {}

    private ServiceRequest(
            ServiceKind kind, String buyer, String orderNumber, String subject, String text, OffsetDateTime at) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.orderNumber = orderNumber;
        this.subject = required(subject, MAX_SUBJECT, "service.subject.required", "service.subject.size");
        this.description = required(text, MAX_TEXT, "service.text.required", "service.text.size");
        this.status = ServiceStatus.REQUESTED;
        this.createdAt = at;
        this.updatedAt = at;
        history.add(new ServiceChange(this, null, ServiceStatus.REQUESTED, buyer, null, at));
    }

    /**
     * A refund, return or exchange of some of an order's lines: {@code asked} maps order line ids to units (lines
     * not named, or with zero, are not part of it). Each line may ask for at most what is left of it ({@link
     * Claimable#getLeft()}), at least one unit must be asked for, the reason must suit the kind, and the text says
     * the rest (required with the reason OTHER).
     */
    public static ServiceRequest aboutGoods(
            ServiceKind kind,
            String buyer,
            String orderNumber,
            String currency,
            List<Claimable> orderLines,
            Map<Long, Integer> asked,
            ServiceReason reason,
            String text,
            String subject,
            OffsetDateTime at) {
        if (!kind.aboutGoods()) {
            throw new IllegalArgumentException(kind + " is not about goods");
        }
        if (reason == null || !ServiceReason.forKind(kind).contains(reason)) {
            throw new BusinessRuleViolation("service.reason.required");
        }
        String given = text == null ? "" : text.strip();
        if (given.isEmpty() && reason == ServiceReason.OTHER) {
            throw new BusinessRuleViolation("service.text.required");
        }
        Map<Long, Claimable> byId = new LinkedHashMap<>();
        orderLines.forEach(l -> byId.put(l.orderLineId(), l));
        for (Map.Entry<Long, Integer> ask : asked.entrySet()) {
            Integer quantity = ask.getValue();
            if (quantity == null || quantity == 0) {
                continue;
            }
            Claimable line = byId.get(ask.getKey());
            if (line == null) {
                throw new BusinessRuleViolation("service.line.unknown", ask.getKey());
            }
            if (quantity < 0) {
                throw new BusinessRuleViolation("service.quantity.positive", line.skuCode());
            }
            if (quantity > line.getLeft()) {
                throw new BusinessRuleViolation("service.quantity.tooMany", line.skuCode(), quantity, line.getLeft());
            }
        }
        ServiceRequest request = new ServiceRequest(
                kind,
                buyer,
                Objects.requireNonNull(orderNumber, "orderNumber"),
                subject,
                given.isEmpty() ? reason.name() : given,
                at);
        request.reason = reason;
        request.currency = currency;
        for (Claimable line : orderLines) {
            Integer quantity = asked.get(line.orderLineId());
            if (quantity != null && quantity > 0) {
                request.lines.add(new ServiceLine(request, request.lines.size(), line, quantity));
            }
        }
        if (request.lines.isEmpty()) {
            throw new BusinessRuleViolation("service.quantity.none");
        }
        return request;
    }

    /** A complaint or suggestion, about an order of the shopper's (its number) or none (null). */
    public static ServiceRequest words(
            ServiceKind kind, String buyer, String orderNumber, String subject, String text, OffsetDateTime at) {
        if (kind.aboutGoods()) {
            throw new IllegalArgumentException(kind + " is about goods");
        }
        return new ServiceRequest(kind, buyer, orderNumber, subject, text, at);
    }

    /** Gives the request its number once it has its id: {@code S}, the shop's date and the id, e.g. S26120500001050. */
    public String assignNumber() {
        if (number == null) {
            if (id == null) {
                throw new IllegalStateException("A request gets its number after its id");
            }
            number = "S" + NUMBER_DATE.format(createdAt.atZoneSameInstant(SHOP_ZONE)) + String.format("%08d", id);
            if (kind == ServiceKind.REFUND || kind == ServiceKind.RETURN) {
                // The payment context refunds one number once: pressing again gives back nothing more.
                refundNumber = "SR-" + number;
            }
        }
        return number;
    }

    /**
     * Moves the request on, if its kind allows that move from where it stands, and records who, when and why. A move
     * not allowed raises {@code service.status.notAllowed} and changes nothing.
     */
    public ServiceChange moveTo(ServiceStatus target, String actor, String why, OffsetDateTime at) {
        if (!status.canMoveTo(kind, target)) {
            throw new BusinessRuleViolation("service.status.notAllowed", number, status.name(), target.name());
        }
        String r = why == null || why.isBlank() ? null : why.strip();
        if (r != null && r.length() > MAX_REASON) {
            throw new BusinessRuleViolation("service.reason.size", MAX_REASON);
        }
        ServiceChange change = new ServiceChange(this, status, target, actor, r, at);
        history.add(change);
        status = target;
        updatedAt = at;
        return change;
    }

    /** Records what the payment context gave back for this request, and moves it to refunded. */
    public ServiceChange refunded(BigDecimal amount, String actor, String why, OffsetDateTime at) {
        ServiceChange change = moveTo(ServiceStatus.REFUNDED, actor, why, at);
        this.refundedAmount = amount;
        return change;
    }

    /** A reply in the thread, from the shop or the shopper; none once the request is over. */
    public ServiceMessage reply(boolean fromShop, String author, String body, OffsetDateTime at) {
        if (status.isFinal()) {
            throw new BusinessRuleViolation("service.reply.closed", number);
        }
        ServiceMessage message = new ServiceMessage(
                this, fromShop, author, required(body, MAX_TEXT, "service.reply.required", "service.text.size"), at);
        messages.add(message);
        updatedAt = at;
        return message;
    }

    /** Whether money may be given back now: an approved refund before shipment, or a return whose goods came back. */
    public boolean isRefundable() {
        return kind == ServiceKind.REFUND && status == ServiceStatus.APPROVED
                || kind == ServiceKind.RETURN && status == ServiceStatus.RECEIVED;
    }

    /** The sum of what the request's lines paid: the most a refund of it gives back. */
    public BigDecimal getAmount() {
        return lines.stream().map(ServiceLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String required(String text, int max, String missing, String tooLong) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new BusinessRuleViolation(missing);
        }
        if (t.length() > max) {
            throw new BusinessRuleViolation(tooLong, max);
        }
        return t;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public String getBuyer() {
        return buyer;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public ServiceReason getReason() {
        return reason;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public String getCurrency() {
        return currency;
    }

    public String getRefundNumber() {
        return refundNumber;
    }

    public BigDecimal getRefundedAmount() {
        return refundedAmount;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<ServiceLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<ServiceChange> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<ServiceMessage> getMessages() {
        return Collections.unmodifiableList(messages);
    }

    public long getVersion() {
        return version;
    }
}
