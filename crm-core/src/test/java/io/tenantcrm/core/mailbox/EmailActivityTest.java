package io.tenantcrm.core.mailbox;

import io.tenantcrm.core.activity.Activity;
import io.tenantcrm.core.activity.Direction;
import io.tenantcrm.core.shared.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EmailActivityTest {

    private static final EmailAddress RITA = new EmailAddress("rita@acme.test");
    private static final EmailAddress BUYER = new EmailAddress("buyer@customer.test");
    private static final EmailAddress OLE = new EmailAddress("ole@acme.test");

    private static MailMessage message(EmailAddress from, List<EmailAddress> to, String subject, String text) {
        return new MailMessage("INBOX", 7, "<m-7@customer.test>", from, to, subject,
                Instant.parse("2026-12-04T09:00:00Z"), text);
    }

    @Test
    void mail_the_owner_sent_is_outbound_and_everyone_else_on_it_may_be_a_customer() {
        MailMessage sent = message(RITA, List.of(BUYER, OLE), "Offer", "");
        MailMessage received = message(BUYER, List.of(RITA), "Question", "");

        assertThat(EmailActivity.direction(sent, RITA)).isEqualTo(Direction.OUTBOUND);
        assertThat(EmailActivity.direction(received, RITA)).isEqualTo(Direction.INBOUND);
        assertThat(EmailActivity.correspondents(sent, RITA)).containsExactly(BUYER, OLE);
        assertThat(EmailActivity.correspondents(received, RITA)).containsExactly(BUYER);
    }

    @Test
    void the_timeline_shows_subject_people_and_what_is_new_without_the_quoted_thread() {
        MailMessage reply = message(BUYER, List.of(RITA), "Re: quote", """
                Price   is fine.
                Please send a sample.

                On Mon, 1 Dec 2026, Rita wrote:
                > Here is our quote
                """);

        assertThat(EmailActivity.summary(reply)).isEqualTo("""
                Email: Re: quote
                From: buyer@customer.test
                To: rita@acme.test

                Price is fine. Please send a sample.""");
        assertThat(EmailActivity.summary(message(BUYER, List.of(RITA), "", "")))
                .isEqualTo("Email: (no subject)\nFrom: buyer@customer.test\nTo: rita@acme.test");
    }

    @Test
    void a_long_message_is_cut_to_the_snippet_and_the_summary_stays_within_an_activitys_limit() {
        String summary = EmailActivity.summary(message(BUYER, List.of(RITA), "x".repeat(5000), "word ".repeat(2000)));

        assertThat(summary).hasSizeLessThanOrEqualTo(Activity.MAX_SUMMARY).endsWith("…");
        assertThat(EmailActivity.snippet("word ".repeat(2000))).hasSize(EmailActivity.SNIPPET);
    }
}
