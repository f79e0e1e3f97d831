package org.liberta.platform.internal.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.liberta.platform.internal.application.LibertaConfig;

/**
 * Session cookie flags (docs/security.md item 6): HttpOnly always, Secure when the browser reaches Liberta over TLS
 * ({@code LIBERTA_HTTPS=true}); a neutral name that does not advertise the server. SameSite=Strict comes from
 * WEB-INF/glassfish-web.xml: Payara ignores {@code setAttribute("SameSite", …)} here, and its HTTP listener's
 * same-site setting wrote the attribute twice.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Inject
    private LibertaConfig config;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("LIBERTA_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(config.behindTls());
        event.getServletContext().setSessionTimeout((int) config.sessionIdleTimeout().toMinutes());
    }
}
