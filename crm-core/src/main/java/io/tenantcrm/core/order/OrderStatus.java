package io.tenantcrm.core.order;

/** Where an order stands, in the order it moves through; cancelled is the way out before delivery. */
public enum OrderStatus {
    CONFIRMED, IN_PRODUCTION, SHIPPED, DELIVERED, CLOSED, CANCELLED;

    /** Whether an order in this status may move to {@code next}: forward only, cancelled only before delivery. */
    public boolean mayBecome(OrderStatus next) {
        if (this == CANCELLED || this == CLOSED) {
            return false;
        }
        if (next == CANCELLED) {
            return ordinal() < DELIVERED.ordinal();
        }
        return next.ordinal() > ordinal();
    }
}
