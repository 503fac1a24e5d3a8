package io.tenantcrm.service.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs tenants may have the service call. A SaaS must not become a way into its own network, so by default
 * only https to public addresses: every address the host resolves to is checked, and loopback, private, link-local
 * (cloud metadata), wildcard and multicast addresses are refused. A local run sets
 * {@code crm.webhooks.allow-private-targets=true} to reach receivers on 127.0.0.1 over plain http.
 */
public final class WebhookTargets {

    private final boolean allowPrivate;

    public WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Why the service will not call this URL, or empty when it will. */
    public Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        if (!"https".equals(url.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of("must be https: webhook payloads carry customer data");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve: " + url.getHost());
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal(address)) {
                return Optional.of("must reach a public address; " + url.getHost() + " is " + address.getHostAddress());
            }
        }
        return Optional.empty();
    }

    /** IPv6 unique local addresses (fc00::/7), which InetAddress does not call site-local. */
    private static boolean uniqueLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    }
}
