package io.tenantcrm.core.dedupe;

import io.tenantcrm.core.shared.CountryCode;
import io.tenantcrm.core.shared.EmailAddress;
import io.tenantcrm.core.shared.PhoneNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchKeysTest {

    @Test
    void gmail_ignores_dots_and_plus_tags_and_googlemail_is_gmail() {
        assertThat(MatchKeys.mailbox(EmailAddress.of("Ana.Costa+quotes@gmail.com"))).isEqualTo("anacosta@gmail.com");
        assertThat(MatchKeys.mailbox(EmailAddress.of("anacosta@googlemail.com"))).isEqualTo("anacosta@gmail.com");
    }

    @Test
    void outlook_drops_plus_tags_but_keeps_dots_and_company_domains_keep_everything() {
        assertThat(MatchKeys.mailbox(EmailAddress.of("li.wei+fair@outlook.com"))).isEqualTo("li.wei@outlook.com");
        assertThat(MatchKeys.mailbox(EmailAddress.of("li.wei+fair@szpumps.cn")))
                .as("a company server's rules are unknown").isEqualTo("li.wei+fair@szpumps.cn");
    }

    @Test
    void the_email_domain_counts_only_when_it_names_a_company() {
        assertThat(MatchKeys.of(EmailAddress.of("ana@costa-valvulas.pt"), null, null, null).emailDomain())
                .isEqualTo("costa-valvulas.pt");
        assertThat(MatchKeys.of(EmailAddress.of("ana@qq.com"), null, null, null).emailDomain()).isNull();
    }

    @Test
    void national_phone_formats_meet_in_e164() {
        PhoneNumber berlin = PhoneNumber.parse("030 1234 5678", CountryCode.of("DE"));
        PhoneNumber dialledFromAbroad = PhoneNumber.parse("0049 30 12345678", CountryCode.of("US"));
        PhoneNumber china = PhoneNumber.parse("138 0013 8000", CountryCode.of("CN"));

        assertThat(MatchKeys.of(null, berlin, null, null).phone())
                .isEqualTo(MatchKeys.of(null, dialledFromAbroad, null, null).phone()).isEqualTo("+493012345678");
        assertThat(MatchKeys.of(null, china, null, null).phone()).isEqualTo("+8613800138000");
    }

    @Test
    void websites_reduce_to_their_domain_in_ascii() {
        assertThat(MatchKeys.websiteDomain("https://www.Costa-Valvulas.pt/en/contact")).contains("costa-valvulas.pt");
        assertThat(MatchKeys.websiteDomain("costa-valvulas.pt")).contains("costa-valvulas.pt");
        assertThat(MatchKeys.websiteDomain("http://www.müller.de")).contains("xn--mller-kva.de");
        assertThat(MatchKeys.websiteDomain("not a site")).isEmpty();
        assertThat(MatchKeys.websiteDomain(null)).isEmpty();
    }

    @Test
    void keys_of_the_same_company_typed_differently_are_equal() {
        MatchKeys fair = MatchKeys.of(EmailAddress.of("Li.Wei@SZPumps.cn"), PhoneNumber.parse("138 0013 8000",
                CountryCode.of("CN")), "Shenzhen Pumps Co., Ltd.", "www.szpumps.cn");
        MatchKeys marketplace = MatchKeys.of(EmailAddress.of("li.wei@szpumps.cn"), PhoneNumber.parse(
                "+86 138-0013-8000", null), "SHENZHEN PUMPS", "https://szpumps.cn/");

        assertThat(fair).isEqualTo(marketplace);
    }
}
