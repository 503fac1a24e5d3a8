package io.tenantcrm.persistence.idempotency;

/** What a create answered: the hash of the request it answered, its status, Location and JSON body. */
public record StoredAnswer(String requestHash, int status, String location, String body) {
}
