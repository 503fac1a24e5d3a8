package io.tenantcrm.core.approval;

import io.tenantcrm.core.shared.InvalidValueException;
import io.tenantcrm.core.shared.Money;
import io.tenantcrm.core.shared.UserId;
import io.tenantcrm.core.tenant.CrmRole;
import io.tenantcrm.core.tenant.SettingKeys;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApprovalLevelsTextTest {

    static final String DEFAULT = "manager by owners-manager: discount>10, margin<15, under-floor;"
            + " director by tenant-admin: margin<5";

    @Test
    void the_platform_default_reads_as_one_line_and_back() {
        assertThat(ApprovalLevelsText.parse(DEFAULT)).isEqualTo(ApprovalPolicy.defaults().levels());
        assertThat(ApprovalLevelsText.format(ApprovalPolicy.defaults().levels())).isEqualTo(DEFAULT);
    }

    @Test
    void three_levels_with_a_named_person_and_an_amount_per_currency() {
        List<ApprovalLevel> levels = ApprovalLevelsText.parse("Manager by owners-manager: Discount > 8%, under-floor;"
                + " director by user:dora: margin<5 ; admin by tenant-admin: amount>50000 USD, amount>350000 cny");
        assertThat(levels).hasSize(3);
        assertThat(levels.get(0)).isEqualTo(new ApprovalLevel("Manager", new Approver.OwnersManager(), List.of(
                new ApprovalRule.DiscountOver(new BigDecimal("8")), new ApprovalRule.LineUnderFloor())));
        assertThat(levels.get(1).approver()).isEqualTo(new Approver.Person(UserId.of("dora")));
        assertThat(levels.get(2).approver()).isEqualTo(new Approver.WithRole(CrmRole.TENANT_ADMIN));
        assertThat(levels.get(2).rules()).containsExactly(new ApprovalRule.AmountOver(Map.of(
                java.util.Currency.getInstance("USD"), Money.of("50000", "USD"),
                java.util.Currency.getInstance("CNY"), Money.of("350000", "CNY"))));
        assertThat(ApprovalLevelsText.parse(ApprovalLevelsText.format(levels))).isEqualTo(levels);
    }

    @Test
    void nothing_set_means_no_approval_and_each_mistake_is_named() {
        assertThat(ApprovalLevelsText.parse("")).isEmpty();
        assertRefused("a by owners-manager: discount>1; b by owners-manager: discount>2; c by owners-manager:"
                + " discount>3; d by owners-manager: discount>4", "at most 3 levels");
        assertRefused("manager: discount>10", "level 1 ('manager: discount>10') does not read");
        assertRefused("manager by boss: discount>10", "'boss' is no approver");
        assertRefused("manager by owners-manager: discount>10, colour=red", "'colour=red' is no rule");
        assertRefused("manager by owners-manager: amount>100 XYZ", "'XYZ' is not a currency");
        assertRefused("manager by owners-manager: ", "level 1 has no rule");
    }

    @Test
    void the_setting_is_checked_like_every_other() {
        SettingKeys.check(SettingKeys.QUOTES_APPROVAL_LEVELS, DEFAULT);
        assertThatThrownBy(() -> SettingKeys.check(SettingKeys.QUOTES_APPROVAL_LEVELS, "nonsense"))
                .isInstanceOfSatisfying(InvalidValueException.class, e ->
                        assertThat(e.field()).isEqualTo(SettingKeys.QUOTES_APPROVAL_LEVELS));
    }

    private static void assertRefused(String text, String why) {
        assertThatThrownBy(() -> ApprovalLevelsText.parse(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(why);
    }
}
