package org.liberta.platform.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liberta.platform.api.Caller;
import org.liberta.platform.internal.security.OriginalClient;
import org.liberta.platform.internal.application.AuthenticationService;
import org.liberta.platform.internal.application.LibertaConfig;
import org.liberta.platform.internal.security.OriginalScheme;
import org.liberta.platform.internal.security.SessionKey;

/** Signing out: the session ends on the server, not just in the browser. */
@Named
@RequestScoped
public class SessionActions {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private Caller caller;

    @Inject
    private LibertaConfig config;

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        authentication.recordLogout(caller.username(), OriginalClient.of(request));
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        SessionKey.forget(request, response, OriginalScheme.https(request, config));
        // What the browser kept of the pages (ASVS 5.0 §14.3.1); not the cookies, which would forget the device too.
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
