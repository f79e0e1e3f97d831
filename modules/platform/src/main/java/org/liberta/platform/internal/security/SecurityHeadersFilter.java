package org.liberta.platform.internal.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liberta.platform.internal.application.LibertaConfig;

/** Security headers on every response that reaches the application (see {@link SecurityHeaders}). */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibertaConfig config;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean facesPage = path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
        boolean staticResource = path.startsWith("/jakarta.faces.resource/");
        String policy = facesPage ? null : staticResource ? SecurityHeaders.STATIC_POLICY : SecurityHeaders.API_POLICY;
        SecurityHeaders.apply(response, policy, staticResource, OriginalScheme.https(request, config));
        chain.doFilter(request, response);
    }
}
