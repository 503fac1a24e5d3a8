package io.tenantcrm.core.dedupe;

/**
 * How alike two core company names are, from 0 (nothing alike) to 1 (the same). crm-core stays JDK-only, so the
 * measure is supplied: the reference service uses Jaro-Winkler from Apache Commons Text.
 */
@FunctionalInterface
public interface NameSimilarity {

    double between(String first, String second);

    /**
     * The name in Latin letters, so that 王伟 meets Wang Wei; the reference service transliterates with ICU4J. By
     * default a name is left as written.
     */
    default String romanized(String name) {
        return name;
    }
}
