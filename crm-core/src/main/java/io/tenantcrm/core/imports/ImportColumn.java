package io.tenantcrm.core.imports;

import java.text.Normalizer;
import java.util.Locale;

/** A field of a record a spreadsheet column can fill, with the headers people give such a column. */
public interface ImportColumn {

    /** The field's name as the API and the import report spell it: {@code personName}, {@code customerId}. */
    String fieldName();

    /** Whether a column with this header holds this field. */
    boolean knows(String header);

    /** "E-Mail Address", "email_address" and "EMAIL ADDRESS" are one header; full-width forms fold. */
    static String normalized(String header) {
        if (header == null) {
            return "";
        }
        return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s_\\-.:：*]+", "");
    }

    /** {@code PERSON_NAME} as {@code personName}. */
    static String camelCase(Enum<?> constant) {
        String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder field = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            field.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return field.toString();
    }
}
