package org.liberta.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liberta.platform.internal.domain.KnownDevice;

/**
 * The cookie by which a browser or the field app is known after a sign-in (docs/security.md item 5): a locked
 * account still lets in its owner from a device they used before. Given by the sign-in page and by
 * {@code POST /auth/token}; its value is 256 random bits, of which only the hash is stored.
 */
public final class DeviceCookie {

    public static final String NAME = "LIBERTA_DEVICE";

    private DeviceCookie() {
    }

    /** The device cookie the request carries, or null. */
    public static String presented(HttpServletRequest request) {
        return StrictCookies.value(request, NAME).orElse(null);
    }

    /** Keeps the device known for as long as Liberta trusts an unused device. */
    public static void keep(HttpServletRequest request, HttpServletResponse response, String value, boolean secure) {
        if (value != null) {
            StrictCookies.set(request, response, NAME, value, secure, KnownDevice.FORGOTTEN_AFTER);
        }
    }
}
