package org.liberta.platform.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The second half of a signed-in session's identifier (docs/security.md, "Sessions"). Payara's session ids carry
 * about 56 random bits (seven hex digits of them are the clock and seven an object's identity hash), and its
 * clustered session store offers no way to replace the generator; ASVS 5.0 asks for at least 128 bits. So sign-in
 * also sets a cookie of 256 random bits from {@link SecureRandom}, the session keeps only its SHA-256, and a
 * session is honoured only with the matching cookie: to take over a session one must now guess both. The key lives
 * in the session itself, so it holds on every instance of a cluster.
 */
public final class SessionKey {

    public static final String COOKIE = "LIBERTA_KEY";
    static final String ATTRIBUTE = "org.liberta.platform.sessionKey";
    /** 32 bytes: 256 bits, twice what ASVS 5.0 asks, so that no shortcut in the generator matters. */
    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionKey() {
    }

    /** A fresh key for a session that has just been given a new id at sign-in. */
    public static void issue(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        byte[] key = new byte[BYTES];
        RANDOM.nextBytes(key);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        request.getSession().setAttribute(ATTRIBUTE, digest(value));
        StrictCookies.set(request, response, COOKIE, value, secure, null);
    }

    /** Signing out: the browser forgets the key (the session is invalidated beside it). */
    public static void forget(HttpServletRequest request, HttpServletResponse response, boolean secure) {
        StrictCookies.set(request, response, COOKIE, "", secure, java.time.Duration.ZERO);
    }

    /** Whether the request carries the key its session was given at sign-in. */
    static boolean presentedFor(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(ATTRIBUTE);
        if (!(expected instanceof byte[] hash) || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && MessageDigest.isEqual(hash, digest(cookie.getValue()))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
