package org.liberta.platform.internal.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Liberta's own cookies (the session key, the known-device cookie): no script can read them (HttpOnly), no other
 * site's request carries them (SameSite=Strict), and over HTTPS they never travel in the clear (Secure).
 */
public final class StrictCookies {

    private StrictCookies() {
    }

    /** Sets {@code name}; a null {@code maxAge} lasts as long as the browser, {@link Duration#ZERO} removes it. */
    public static void set(HttpServletRequest request, HttpServletResponse response, String name, String value,
            boolean secure, Duration maxAge) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "") + (maxAge == null ? "" : "; Max-Age=" + maxAge.toSeconds()));
    }

    /** The values the request carries under {@code name}, first one first. */
    public static Optional<String> value(HttpServletRequest request, String name) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (name.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
