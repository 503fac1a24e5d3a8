package io.tenantcrm.core.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SettingKeysTest {

    @Test
    void every_setting_has_a_kind_a_screen_can_offer_an_input_for_and_an_unknown_key_is_text() {
        assertThat(SettingKeys.all()).allSatisfy(key -> assertThat(SettingKeys.kind(key)).isNotNull());
        assertThat(SettingKeys.kind(SettingKeys.SLA_FIRST_RESPONSE).type()).isEqualTo(SettingKind.Type.DURATION);
        assertThat(SettingKeys.kind("crm.no.such-key").type()).isEqualTo(SettingKind.Type.TEXT);
    }

    @Test
    void every_option_a_kind_offers_is_a_value_its_check_takes() {
        for (String key : SettingKeys.all()) {
            SettingKind kind = SettingKeys.kind(key);
            for (String option : kind.options()) {
                assertThatCode(() -> SettingKeys.check(key, option)).as(key + " = " + option).doesNotThrowAnyException();
            }
        }
        assertThat(SettingKeys.kind(SettingKeys.DUPLICATES_ON_INTAKE).options()).containsExactlyInAnyOrder(
                "block", "warn", "allow");
        assertThat(SettingKeys.kind(SettingKeys.LEAD_REQUIRED_FIELDS).options()).contains("company-name", "email");
    }
}
