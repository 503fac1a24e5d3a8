package io.tenantcrm.core.health;

/** A deal's health, worst last: a rating is the worst color any of its signals gives. */
public enum HealthColor {
    GREEN,
    YELLOW,
    RED;

    public HealthColor worse(HealthColor other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
