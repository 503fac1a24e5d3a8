package io.tenantcrm.service.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * ETags are record versions: every read answers {@code ETag: "<version>"}, every update must send it back in
 * {@code If-Match}: missing is 428, stale is 412, so two people editing one deal never overwrite each other blindly.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static void requireMatch(HttpHeaders headers, long currentVersion) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("send the record's ETag in If-Match to change it",
                    Response.status(428).build());
        }
        String expected = "\"" + currentVersion + "\"";
        boolean matches = ifMatch.strip().equals("*") || java.util.Arrays.stream(ifMatch.split(","))
                .map(String::strip).map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(expected::equals);
        if (!matches) {
            throw new WebApplicationException("the record changed since it was read (now ETag " + expected + ")",
                    Response.status(412).build());
        }
    }
}
