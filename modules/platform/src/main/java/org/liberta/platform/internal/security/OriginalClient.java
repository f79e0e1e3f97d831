package org.liberta.platform.internal.security;

import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the browser or app connected from (docs/security.md item 5, ASVS 5.0 §15.3.4). Behind the load balancer
 * every connection comes from the proxy, so the per-address throttle would hold everyone at once and the audit would
 * name the proxy: the proxy's {@code X-Forwarded-For} is believed, but only from the addresses
 * {@code LIBERTA_TRUSTED_PROXIES} names. Of its list, the hop nearest to Liberta that is not itself a trusted proxy is
 * the client: a client may write anything at the front of the list, and HAProxy appends the address it saw.
 */
public final class OriginalClient {

    /** Where the authentication mechanism leaves the address for the rest of the request. */
    static final String ATTRIBUTE = OriginalClient.class.getName();
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private OriginalClient() {
    }

    /** The client's address as the mechanism resolved it, or the connection's when it has not run. */
    public static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String address ? address : request.getRemoteAddr();
    }

    /** Resolves the client's address once, for {@link #of}. */
    static String resolve(HttpServletRequest request, Set<String> trustedProxies) {
        String address = address(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
        request.setAttribute(ATTRIBUTE, address);
        return address;
    }

    static String address(String connection, String forwardedFor, Set<String> trustedProxies) {
        if (!trustedProxies.contains(connection) || forwardedFor == null || forwardedFor.isBlank()) {
            return connection;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!trustedProxies.contains(hop)) {
                return ADDRESS.matcher(hop).matches() ? hop : connection;
            }
        }
        return connection;
    }
}
