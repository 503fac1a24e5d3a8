package io.tenantcrm.core.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form ({@code +4930123456}): the one spelling that matches the same phone however it was
 * typed. National numbers are read with the contact's country: its trunk prefix is dropped ({@code 030 123456} in
 * DE, {@code 8 495 ...} in RU) and its calling code put in front. Only the shape is checked (digits, 15 at most),
 * not whether the number is assigned.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern TYPED = Pattern.compile("[0-9+()./\\-\\s\\u00a0]+");
    private static final Map<String, Dialing> DIALING = loadDialingTable();

    public PhoneNumber {
        if (value == null || !E164.matcher(value).matches()) {
            throw new InvalidValueException("phone", "'" + value + "' is not an E.164 number (+ and 7 to 15 digits)",
                    "phone");
        }
    }

    /**
     * Reads a number as people type it. With a leading {@code +} or {@code 00} it is international and the country
     * is not needed; otherwise the country says how to read it.
     *
     * @throws InvalidValueException (field {@code phone}) with what is wrong
     */
    public static PhoneNumber parse(String typed, CountryCode country) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidValueException("phone", "must not be empty", Violation.REQUIRED);
        }
        String text = typed.strip();
        int extension = indexOfExtension(text);
        if (extension >= 0) {
            text = text.substring(0, extension).strip(); // extensions are not part of E.164
        }
        if (!TYPED.matcher(text).matches()) {
            throw new InvalidValueException("phone", "'" + typed + "' may contain only digits, spaces and + ( ) - . /",
                    "phone");
        }
        boolean plus = text.startsWith("+");
        if (plus || text.startsWith("00")) {
            // "+49 (0)30 ...": the bracketed trunk prefix is for national callers only
            text = text.replace("(0)", "");
        }
        String digits = text.replaceAll("[^0-9]", "");
        if (plus) {
            return international(typed, digits);
        }
        if (digits.startsWith("00")) {
            return international(typed, digits.substring(2));
        }
        if (country == null) {
            throw new InvalidValueException("phone", "'" + typed + "' is a national number: the country is needed",
                    "phone-needs-country");
        }
        Dialing dialing = dialing(country).orElseThrow(() -> new InvalidValueException("phone",
                "national numbers of " + country + " are not known yet: enter it with + and the country code",
                "phone-needs-country-code"));
        String national = dialing.trunkPrefix() != null && digits.startsWith(dialing.trunkPrefix())
                ? digits.substring(dialing.trunkPrefix().length())
                : digits;
        if (national.length() < 4) {
            throw new InvalidValueException("phone", "'" + typed + "' is too short for a " + country + " number",
                    "phone");
        }
        return international(typed, dialing.callingCode() + national);
    }

    private static PhoneNumber international(String typed, String digits) {
        if (digits.length() > 15) {
            throw new InvalidValueException("phone", "'" + typed + "' has more than the 15 digits E.164 allows",
                    "phone");
        }
        if (digits.length() < 7) {
            throw new InvalidValueException("phone", "'" + typed + "' is too short for a phone number", "phone");
        }
        if (digits.startsWith("0")) {
            throw new InvalidValueException("phone", "'" + typed + "': no country code starts with 0", "phone");
        }
        return new PhoneNumber("+" + digits);
    }

    private static int indexOfExtension(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String marker : new String[] {"ext.", "ext", "x", "#"}) {
            int index = lower.indexOf(marker);
            if (index > 0) {
                return index;
            }
        }
        return -1;
    }

    static Optional<Dialing> dialing(CountryCode country) {
        return Optional.ofNullable(DIALING.get(country.value()));
    }

    record Dialing(String callingCode, String trunkPrefix) {
    }

    private static Map<String, Dialing> loadDialingTable() {
        Map<String, Dialing> table = new HashMap<>();
        try (InputStream in = PhoneNumber.class.getResourceAsStream("calling-codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("calling-codes.tsv is missing from crm-core");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                table.put(columns[0], new Dialing(columns[1], "-".equals(columns[2]) ? null : columns[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }

    @Override
    public String toString() {
        return value;
    }
}
