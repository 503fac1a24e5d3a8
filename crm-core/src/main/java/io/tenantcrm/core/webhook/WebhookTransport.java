package io.tenantcrm.core.webhook;

import java.net.URI;
import java.util.Map;

/** Outbound port: one HTTP POST to a receiver. It never throws for the receiver's failures; it answers them. */
public interface WebhookTransport {

    /** The receiver's status, or no status and why it could not be reached (refused, timed out ...). */
    record Answer(Integer status, String error) {

        public static Answer status(int status) {
            return new Answer(status, null);
        }

        public static Answer unreachable(String error) {
            return new Answer(null, error);
        }
    }

    Answer post(URI url, Map<String, String> headers, String body);
}
