package io.tenantcrm.core.webhook;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignatureTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void signatures_match_the_standard_webhooks_test_vector_so_receivers_can_use_its_libraries() {
        WebhookSignature signature = WebhookSignature.withSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(signature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", Instant.ofEpochSecond(1614265330),
                "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void a_receiver_accepts_the_request_as_sent_and_refuses_it_changed_replayed_late_or_signed_with_another_secret() {
        String secret = WebhookSignature.newSecret(new SecureRandom());
        WebhookSignature signature = WebhookSignature.withSecret(secret);
        Instant sent = Instant.parse("2026-12-04T10:00:00Z");
        String body = "{\"type\":\"deal.won\"}";
        String header = signature.sign("d-1", sent, body);
        String timestamp = String.valueOf(sent.getEpochSecond());

        assertThat(secret).startsWith("whsec_");
        assertThat(signature.verifies("d-1", timestamp, header, body, sent.plusSeconds(30), FIVE_MINUTES)).isTrue();
        assertThat(signature.verifies("d-1", timestamp, "v1,bm9wZQ== " + header, body, sent, FIVE_MINUTES))
                .as("one of several signatures (a rotated secret) is enough").isTrue();
        assertThat(signature.verifies("d-1", timestamp, header, body + " ", sent, FIVE_MINUTES)).isFalse();
        assertThat(signature.verifies("d-2", timestamp, header, body, sent, FIVE_MINUTES)).isFalse();
        assertThat(signature.verifies("d-1", timestamp, header, body, sent.plus(Duration.ofMinutes(6)),
                FIVE_MINUTES)).as("replayed too late").isFalse();
        assertThat(signature.verifies("d-1", "yesterday", header, body, sent, FIVE_MINUTES)).isFalse();
        assertThat(WebhookSignature.withSecret(WebhookSignature.newSecret(new SecureRandom()))
                .verifies("d-1", timestamp, header, body, sent, FIVE_MINUTES)).isFalse();
    }

    @Test
    void a_secret_that_is_not_base64_is_refused() {
        assertThatThrownBy(() -> WebhookSignature.withSecret("whsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
