package org.liberta.platform.internal.security;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.liberta.platform.internal.application.LibertaConfig;

/**
 * Whether the browser's own request was HTTPS, which decides HSTS and the Secure flag of the cookies Liberta sets
 * (docs/security.md item 6). TLS usually ends at a proxy in front, which says so in {@code X-Forwarded-Proto} or
 * RFC 7239's {@code Forwarded}; those headers are believed only from the addresses {@code LIBERTA_TRUSTED_PROXIES}
 * names, since any client could send them.
 */
public final class OriginalScheme {

    private OriginalScheme() {
    }

    public static boolean https(HttpServletRequest request, LibertaConfig config) {
        return request.isSecure() || config.behindTls()
                || forwardedAsHttps(request, config.trustedProxies());
    }

    static boolean forwardedAsHttps(HttpServletRequest request, Set<String> trustedProxies) {
        if (!trustedProxies.contains(request.getRemoteAddr())) {
            return false;
        }
        String forwardedProto = request.getHeader("X-Forwarded-Proto");
        if (forwardedProto != null) {
            return firstElement(forwardedProto).equalsIgnoreCase("https");
        }
        String forwarded = request.getHeader("Forwarded");
        return forwarded != null && "https".equals(protoOf(firstElement(forwarded)));
    }

    /** The first hop's value: the one the browser's own connection produced. */
    private static String firstElement(String header) {
        int comma = header.indexOf(',');
        return (comma < 0 ? header : header.substring(0, comma)).strip();
    }

    /** {@code for=192.0.2.60;proto=https;by=203.0.113.43} → {@code https}. */
    static String protoOf(String element) {
        for (String pair : element.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("proto")) {
                return pair.substring(equals + 1).strip().replace("\"", "").toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }
}
