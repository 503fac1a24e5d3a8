package io.tenantcrm.core.dedupe;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's name reduced for matching: Unicode-normalized, accents removed, lower-case, and its words sorted, so
 * that "Wei LI", "li wei" and "Li, Wei" (family name first or last, as cultures write it) compare equal. Digits
 * stay: "Buyer 1" and "Buyer 2" are two people.
 */
public final class PersonName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PersonName() {
    }

    /** The words of the name in sorted order, or empty when there is no name. */
    public static String normalize(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFKC),
                Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_LETTER.split(folded)).filter(word -> !word.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }
}
