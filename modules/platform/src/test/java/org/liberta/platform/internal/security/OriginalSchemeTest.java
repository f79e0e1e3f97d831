package org.liberta.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

class OriginalSchemeTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    /** A request from {@code address} with these headers; nothing else of it is asked. */
    private static HttpServletRequest request(String address, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(OriginalSchemeTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> address;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theTrustedProxysWordIsTaken() {
        assertTrue(OriginalScheme.forwardedAsHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "https")), PROXY));
        assertTrue(OriginalScheme.forwardedAsHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "HTTPS, http")), PROXY),
                "the first hop is the browser's own connection");
        assertTrue(OriginalScheme.forwardedAsHttps(request("10.0.0.5",
                Map.of("Forwarded", "for=192.0.2.60;proto=https;by=203.0.113.43")), PROXY));
        assertFalse(OriginalScheme.forwardedAsHttps(request("10.0.0.5", Map.of("X-Forwarded-Proto", "http")), PROXY));
        assertFalse(OriginalScheme.forwardedAsHttps(request("10.0.0.5", Map.of()), PROXY));
    }

    @Test
    void anyoneElseSayingHttpsIsIgnored() {
        assertFalse(OriginalScheme.forwardedAsHttps(request("10.0.0.6", Map.of("X-Forwarded-Proto", "https")), PROXY));
        assertFalse(OriginalScheme.forwardedAsHttps(request("10.0.0.6", Map.of("Forwarded", "proto=https")), PROXY));
        assertFalse(OriginalScheme.forwardedAsHttps(request("127.0.0.1", Map.of("X-Forwarded-Proto", "https")), Set.of()),
                "no proxy is trusted unless configured");
    }

    @Test
    void theProtoOfAForwardedElement() {
        assertEquals("https", OriginalScheme.protoOf("for=\"[2001:db8:cafe::17]:4711\"; Proto=\"HTTPS\""));
        assertNull(OriginalScheme.protoOf("for=192.0.2.43"));
    }
}
