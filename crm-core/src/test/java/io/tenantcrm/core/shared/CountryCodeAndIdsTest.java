package io.tenantcrm.core.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryCodeAndIdsTest {

    @Test
    void country_codes_are_upper_case_iso_alpha_2() {
        assertThat(CountryCode.of(" de ")).isEqualTo(CountryCode.of("DE"));
        assertThatThrownBy(() -> CountryCode.of("XX"))
                .hasMessage("country: 'XX' is not an ISO 3166-1 alpha-2 country code");
        assertThatThrownBy(() -> CountryCode.of("DEU")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_customer_id_reads_back_what_it_wrote() {
        CustomerId id = CustomerId.newId();
        assertThat(CustomerId.parse(id.toString())).isEqualTo(id);
        assertThatThrownBy(() -> CustomerId.parse("not-an-id"))
                .hasMessage("customerId: 'not-an-id' is not a customer id");
    }

    @Test
    void tenant_and_user_ids_refuse_blanks() {
        assertThatThrownBy(() -> TenantId.of(" ")).hasMessage("tenantId must not be blank");
        assertThatThrownBy(() -> UserId.of("")).hasMessage("userId must not be blank");
    }
}
