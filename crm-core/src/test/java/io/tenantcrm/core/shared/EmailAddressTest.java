package io.tenantcrm.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressTest {

    @Test
    void the_same_mailbox_typed_differently_is_equal() {
        assertThat(EmailAddress.of("  Li.Wei@Example-Trading.COM ")).isEqualTo(EmailAddress.of("li.wei@example-trading.com"));
    }

    @Test
    void local_part_and_domain_are_readable() {
        EmailAddress email = EmailAddress.of("buyer+rfq@acme.co.uk");
        assertThat(email.localPart()).isEqualTo("buyer+rfq");
        assertThat(email.domain()).isEqualTo("acme.co.uk");
    }

    @Test
    void free_mail_providers_are_recognised_company_domains_are_not() {
        assertThat(EmailAddress.of("someone@gmail.com").isFreeMail()).isTrue();
        assertThat(EmailAddress.of("someone@qq.com").isFreeMail()).isTrue();
        assertThat(EmailAddress.of("someone@163.com").isFreeMail()).isTrue();
        assertThat(EmailAddress.of("someone@siemens.com").isFreeMail()).isFalse();
    }

    @Test
    void internationalised_domains_are_accepted() {
        assertThat(EmailAddress.of("info@bücher.de").domain()).isEqualTo("bücher.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign.com", "two@@at.com", "a@b@c.com"})
    void an_address_needs_exactly_one_at(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageEndingWith("must contain exactly one @");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user@localhost", "user@-bad.com", "user@bad..com", ".user@x.com", "us..er@x.com",
            "us er@x.com", "@x.com"})
    void malformed_addresses_are_refused_with_the_field_named(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void an_empty_address_is_refused() {
        assertThatThrownBy(() -> EmailAddress.of("  ")).hasMessage("email: must not be empty");
    }

    @Test
    void a_refusal_can_be_relabelled_with_the_precise_field() {
        InvalidValueException e = new InvalidValueException("email", "must not be empty").forField("contact.email");
        assertThat(e.field()).isEqualTo("contact.email");
        assertThat(e).hasMessage("contact.email: must not be empty");
    }
}
