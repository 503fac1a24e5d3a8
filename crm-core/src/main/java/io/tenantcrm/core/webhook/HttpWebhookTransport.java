package io.tenantcrm.core.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * {@link WebhookTransport} on the JDK's HTTP client: redirects are not followed (a receiver that moved is
 * re-registered, not chased), the answer's body is thrown away, and a receiver gets {@code timeout} to answer.
 */
public final class HttpWebhookTransport implements WebhookTransport {

    private final HttpClient client;
    private final Duration timeout;

    public HttpWebhookTransport(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Answer post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("user-agent", "tenant-crm-webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return Answer.status(client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (HttpTimeoutException e) {
            return Answer.unreachable("no answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            return Answer.unreachable("cannot reach the receiver: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.unreachable("interrupted while sending");
        }
    }
}
