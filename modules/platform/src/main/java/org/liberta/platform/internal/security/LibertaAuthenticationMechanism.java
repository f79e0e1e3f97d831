package org.liberta.platform.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.liberta.platform.api.Role;
import org.liberta.platform.internal.application.AuthenticatedUser;
import org.liberta.platform.internal.application.AuthenticationService;
import org.liberta.platform.internal.application.DatabaseWatch;
import org.liberta.platform.internal.application.FieldDevices;
import org.liberta.platform.internal.application.FieldDevices.DeviceAccess;
import org.liberta.platform.internal.application.LibertaConfig;
import org.liberta.platform.internal.application.SignIn.SessionLogin;

/**
 * The one gate every request passes. {@code /api/**} takes bearer tokens only (never the session cookie, so
 * no cross-site request can use a browser's session against the API); pages take the web session that the
 * login page establishes. Both are re-checked against the user record on each request, so disabling a user
 * or resetting their password ends their access at once. Anything not explicitly public needs a user.
 */
@ApplicationScoped
public class LibertaAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LibertaAuthenticationMechanism.class.getName());

    /**
     * Pages and resources anyone may fetch. Payara adds its MicroProfile health and OpenAPI servlets to the
     * application at the root context, so they pass through here too; neither carries personal data.
     */
    private static final Set<String> PUBLIC_PAGES = Set.of(LOGIN_PAGE, "/error.xhtml", "/favicon.ico", "/health",
            "/health/ready", "/health/live", "/health/started", "/openapi");
    /** Modules put pages anyone may open (a certificate's verification) under /public/. */
    private static final String[] PUBLIC_PREFIXES = {"/jakarta.faces.resource/", "/resources/", "/public/"};
    private static final Set<String> PUBLIC_API = Set.of("/api/v1/auth/token");
    /** Modules put answers anyone may ask for under /api/v1/public/; they reveal nothing a person must not see. */
    private static final String PUBLIC_API_PREFIX = "/api/v1/public/";

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LibertaConfig config;

    @Inject
    private DatabaseWatch database;

    @Inject
    private FieldDevices devices;

    private static final String SYNC_PATH = "/api/v1/sync";

    /** Seconds a client is asked to wait before sending again while the database is away. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Every request but health and static resources needs the database (a token or session is checked
        // against the user record). While the database watch says it is away, answer at once: waiting on a hung
        // connection would hold the request, and every one after it, for as long as the network lets it.
        if (!database.databaseAvailable() && !passesDuringOutage(path(request))) {
            return unavailable(request, response);
        }
        try {
            return gate(request, response, context);
        } catch (RuntimeException e) {
            // Checking a token or session needs the database; when it is away, say so quickly and cleanly.
            LOG.warning(() -> "Cannot authenticate a request: " + e.getClass().getName());
            return unavailable(request, response);
        }
    }

    private AuthenticationStatus gate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = path(request);
        String address = OriginalClient.resolve(request, config.trustedProxies());
        if (path.startsWith("/api/")) {
            return validateApiRequest(request, response, context, path, address);
        }
        Optional<AuthenticatedUser> user = sessionUser(request, address);
        if (user.isPresent()) {
            return signIn(request, context, user.get());
        }
        if (isPublicPage(path)) {
            return context.doNothing();
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax postback after the session expired: tell JSF's client to navigate, not to patch the page.
            writeAjaxRedirect(request, response, request.getContextPath() + LOGIN_PAGE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SecurityHeaders.apply(response, SecurityHeaders.API_POLICY, false, OriginalScheme.https(request, config));
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path, String address) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AuthenticatedUser> user = authentication.authenticateToken(header.substring(7), address);
            if (user.isPresent()) {
                return signIn(request, context, user.get());
            }
            Optional<DeviceAccess> device = devices.authenticate(header.substring(7));
            if (device.isPresent()) {
                return signInDevice(request, response, context, path, address, device.get());
            }
            return unauthorized(request, response, "The token is invalid, expired or revoked");
        }
        if (PUBLIC_API.contains(path) || path.startsWith(PUBLIC_API_PREFIX)) {
            return context.doNothing();
        }
        return unauthorized(request, response, "Authenticate with a bearer token from POST /api/v1/auth/token");
    }

    /**
     * A field device's credential opens {@code /sync} and nothing else: a lost phone is not a way into the API. A
     * revoked device still reaches it, to be told to wipe itself and to have what it sent kept aside.
     */
    private AuthenticationStatus signInDevice(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String path, String address, DeviceAccess device) {
        if (!path.equals(SYNC_PATH)) {
            return problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "A device credential is for " + SYNC_PATH + " only");
        }
        Optional<AuthenticatedUser> user = authentication.userOfDevice(device.userId(), address);
        if (user.isEmpty()) {
            return unauthorized(request, response, "The token is invalid, expired or revoked");
        }
        request.setAttribute(FieldDevices.REQUEST_ATTRIBUTE, device);
        return signIn(request, context, user.get());
    }

    private Optional<AuthenticatedUser> sessionUser(HttpServletRequest request, String address) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SessionLogin.SESSION_ATTRIBUTE) instanceof SessionLogin login)) {
            return Optional.empty();
        }
        if (!SessionKey.presentedFor(request, session)) {
            // Not the session's owner (or not all of them): not honoured, and not ended, which would let anyone
            // who learnt a session id sign its owner out.
            return Optional.empty();
        }
        if (login.signedInAt().plus(config.sessionAbsoluteTimeout()).isBefore(Instant.now())) {
            session.invalidate();
            return Optional.empty();
        }
        Optional<AuthenticatedUser> user = authentication.resume(login, address);
        if (user.isEmpty()) {
            session.invalidate();
        } else if (!user.get().grants().equals(login.grants())) {
            // Roles or programmes changed since sign-in: the session goes on under a new id (ASVS 5.0 §7.2.4), so an
            // id learnt before the change is worth nothing after it.
            request.changeSessionId();
            session.setAttribute(SessionLogin.SESSION_ATTRIBUTE, login.regranted(user.get().grants()));
            authentication.recordSessionRenewed(user.get(), address);
        }
        return user;
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            AuthenticatedUser user) {
        request.setAttribute(AuthenticatedUser.REQUEST_ATTRIBUTE, user);
        Set<String> groups = user.roles().stream().map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(new CallerPrincipal(user.username()), groups);
    }

    private static boolean isPublicPage(String path) {
        if (PUBLIC_PAGES.contains(path)) {
            return true;
        }
        for (String prefix : PUBLIC_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response, String detail) {
        response.setHeader("WWW-Authenticate", "Bearer");
        return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The load balancer's health checks and the pages' own styles and scripts need no database. */
    private static boolean passesDuringOutage(String path) {
        return path.startsWith("/health") || path.equals("/favicon.ico") || path.startsWith("/openapi")
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** 503 with Retry-After: problem+json for the API, a short "try again" page for people, a reload for Ajax. */
    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        if (path(request).startsWith("/api/")) {
            return problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
                    "The database cannot be reached; try again shortly");
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax postback cannot show a page: send the browser to this page, which shows the one below.
            writeAjaxRedirect(request, response, request.getRequestURI());
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            SecurityHeaders.apply(response, SecurityHeaders.API_POLICY, false, OriginalScheme.https(request, config));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(PlainPage.html(request.getLocales(), "outage").getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException ignored) {
            // The client went away.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
            String title, String detail) {
        try {
            SecurityHeaders.apply(response, SecurityHeaders.API_POLICY, false, OriginalScheme.https(request, config));
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                    + status + ",\"detail\":\"" + detail + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException ignored) {
            // The client went away; nothing to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private void writeAjaxRedirect(HttpServletRequest request, HttpServletResponse response, String url) {
        try {
            SecurityHeaders.apply(response, SecurityHeaders.API_POLICY, false, OriginalScheme.https(request, config));
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + url + "\"/></partial-response>").getBytes(StandardCharsets.UTF_8));
            response.flushBuffer();
        } catch (IOException ignored) {
            // The client went away.
        }
    }
}
