package io.tenantcrm.core.merge;

/** How one field of a merge was decided: the rule, which record it came from, and the value kept (as text). */
public record FieldPick(String field, Survivorship rule, From from, String value) {

    /** The record a kept value came from. */
    public enum From { SURVIVOR, MERGED }
}
