package io.tenantcrm.service.security;

import java.util.List;
import java.util.Set;

/**
 * The address a request came from. Behind a trusted proxy (a load balancer, named in {@code crm.trusted-proxies})
 * it is the last address in X-Forwarded-For that is not itself a trusted proxy; anyone else's X-Forwarded-For is
 * ignored, since a client can write whatever it likes there.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(String peer, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
