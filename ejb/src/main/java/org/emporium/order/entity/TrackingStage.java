package org.emporium.order.entity;

/**
 * Where a parcel stands according to one of its carrier's tracking events, in the words of Kuaidi100-style
 * query services (their {@code state}/{@code statusCode}: 0 in transit, 1 collected, 2 problem, 3 signed for,
 * 4 refused, 5 out for delivery, 6 sent back, 7 forwarded, 8 customs; three- and four-digit sub-states refine
 * these).
 */
public enum TrackingStage {
    ORDERED,
    COLLECTED,
    IN_TRANSIT,
    OUT_FOR_DELIVERY,
    DELIVERED,
    PROBLEM,
    RETURNED;

    /** The stage of a carrier's state code; an unknown code is taken for a parcel on its way. */
    public static TrackingStage ofCode(String code) {
        int c;
        try {
            c = Integer.parseInt(code == null ? "" : code.strip());
        } catch (NumberFormatException e) {
            return IN_TRANSIT;
        }
        if (c == 101 || c == 102) {
            return ORDERED;
        }
        int main = c >= 1000 ? 0 : c >= 100 ? c / 100 : c;
        return switch (main) {
            case 1 -> COLLECTED;
            case 2 -> PROBLEM;
            case 3 -> DELIVERED;
            case 4, 6, 14 -> RETURNED;
            case 5 -> OUT_FOR_DELIVERY;
            default -> IN_TRANSIT;
        };
    }

    /** The code a carrier-query service answers for this stage. */
    public String code() {
        return switch (this) {
            case ORDERED -> "101";
            case COLLECTED -> "1";
            case IN_TRANSIT -> "0";
            case OUT_FOR_DELIVERY -> "5";
            case DELIVERED -> "3";
            case PROBLEM -> "2";
            case RETURNED -> "6";
        };
    }
}
