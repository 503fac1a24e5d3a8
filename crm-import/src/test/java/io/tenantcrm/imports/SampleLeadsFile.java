package io.tenantcrm.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A CSV of leads as a trade-show export looks, written as a stream: distinct people and companies, every 1 000th
 * row repeating the email of the row 500 before it (an update), every 997th with a broken email (a rejection).
 * Shared with crm-bench's import benchmark.
 */
public final class SampleLeadsFile {

    public static final List<String> HEADERS = List.of("Name", "Company", "Email", "Phone", "Country", "Product");

    private static final String[] STEMS = {"Nord", "Costa", "Hydro", "Atlas", "Orion", "Vega", "Delta", "Polar",
        "River", "Stone", "Silver", "Peak", "Oak", "Pine", "Iron", "Wave"};
    private static final String[] TRADES = {"Pumps", "Valves", "Fittings", "Seals", "Textiles", "Foods", "Tools",
        "Bearings", "Motors", "Plastics"};

    private SampleLeadsFile() {
    }

    public static void write(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADERS));
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                String email = i % 997 == 0 ? "broken" + i + "-at-example"
                        : i % 1000 == 0 ? "buyer" + (i - 500) + "@company" + (i - 500) + ".example"
                        : "buyer" + i + "@company" + i + ".example";
                out.write("Buyer " + words(i) + "," + STEMS[i % STEMS.length] + words(i) + " "
                        + TRADES[(i / STEMS.length) % TRADES.length] + " GmbH," + email
                        + ",+49 30 " + (1_000_000 + i) + ",DE,valves\r\n");
            }
        }
    }

    /** A number as letters (names hold no digits): 0 is "a", 27 is "bb". */
    static String words(int number) {
        StringBuilder word = new StringBuilder();
        int n = number;
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return word.toString();
    }
}
