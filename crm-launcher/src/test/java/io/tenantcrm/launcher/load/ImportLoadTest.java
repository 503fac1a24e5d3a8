package io.tenantcrm.launcher.load;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ImportLoadTest {

    @Test
    void every_row_of_the_list_is_its_own_buyer_in_each_identifier() {
        Set<String> names = new HashSet<>();
        Set<String> companies = new HashSet<>();
        Set<String> domains = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String[] row = ImportLoad.row(i);
            names.add(row[0]);
            companies.add(row[1]);
            domains.add(row[2].substring(row[2].indexOf('@')));
            phones.add(row[3]);
        }
        assertThat(names).hasSize(10_000);
        assertThat(companies).hasSize(10_000);
        assertThat(domains).hasSize(10_000);
        assertThat(phones).hasSize(10_000);
        assertThat(ImportLoad.csv(2)).isEqualTo("Name,Company,Email,Phone,Country\n"
                + "Buyer 0 Lindqvist,Import Co 0 GmbH,buyer0@importco0.example,+49 30 1000000,DE\n"
                + "Buyer 1 Lindqvist,Import Co 1 GmbH,buyer1@importco1.example,+49 30 1000001,DE\n");
    }
}
