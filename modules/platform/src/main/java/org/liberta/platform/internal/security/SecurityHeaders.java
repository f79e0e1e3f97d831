package org.liberta.platform.internal.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of docs/security.md item 12, in one place for the filter and for answers the authentication
 * mechanism writes itself before any filter runs. Faces pages get their Content-Security-Policy from PrimeFaces,
 * which adds a per-response script nonce to the policy configured in web.xml.
 */
public final class SecurityHeaders {

    /** For API answers and anything else that is not a page: nothing may load, frame or submit. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** For static files (CSS, scripts, images) served to pages. */
    public static final String STATIC_POLICY = "default-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    /**
     * @param policy the Content-Security-Policy to set, or null when PrimeFaces sets it
     * @param cacheable whether the answer may be cached (static files only; nothing with personal data)
     */
    public static void apply(HttpServletResponse response, String policy, boolean cacheable, boolean behindTls) {
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!cacheable) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (behindTls) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
