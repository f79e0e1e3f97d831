package org.liberta.platform.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liberta.platform.api.ServiceBusyException;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.security.OriginalClient;
import org.liberta.platform.internal.application.AuthenticationService;
import org.liberta.platform.internal.application.LibertaConfig;
import org.liberta.platform.internal.application.SignIn;
import org.liberta.platform.internal.security.OriginalScheme;
import org.liberta.platform.internal.security.DeviceCookie;
import org.liberta.platform.internal.security.SessionKey;

/**
 * The sign-in page: password first, then (when the user has or must set up one) a code from an authenticator
 * app. The half-finished sign-in stays in this server-side view, never in the browser; a new session id is
 * issued on success so a planted session cookie is worthless, with a {@link SessionKey} beside it.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LibertaConfig config;

    private String username;
    private String password;
    private String code;
    private SignIn.Pending pending;
    private String provisioningUri;

    public void signIn() throws IOException {
        try {
            handle(authentication.checkPassword(username, password, OriginalClient.of(request()),
                    DeviceCookie.presented(request())));
        } catch (ServiceBusyException e) {
            UiFeedback.error(e.getMessage());
        } finally {
            password = null;
        }
    }

    public void submitCode() throws IOException {
        handle(authentication.checkCode(pending, code, OriginalClient.of(request())));
        code = null;
    }

    private void handle(SignIn.Result result) throws IOException {
        switch (result.outcome()) {
            case SIGNED_IN -> establishSession(result.login(), result.device());
            case CODE_REQUIRED, ENROLMENT_REQUIRED -> {
                pending = result.pending();
                provisioningUri = result.provisioningUri();
            }
            case FAILED -> {
                if (pending != null && pending.startedAt().plusSeconds(300).isBefore(java.time.Instant.now())) {
                    pending = null;
                }
                // One message for every failure: it must not tell an unknown user from a wrong password.
                UiFeedback.error(UiFeedback.text("login.failed"));
            }
        }
    }

    private void establishSession(SignIn.SessionLogin login, String device) throws IOException {
        HttpServletRequest request = request();
        request.getSession(true);
        request.changeSessionId();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        boolean secure = OriginalScheme.https(request, config);
        SessionKey.issue(request, response, secure);
        DeviceCookie.keep(request, response, device, secure);
        request.getSession().setAttribute(SignIn.SessionLogin.SESSION_ATTRIBUTE, login);
        external.redirect(external.getRequestContextPath() + "/");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public boolean isCodeStep() {
        return pending != null;
    }

    public boolean isEnrolment() {
        return pending != null && pending.isEnrolment();
    }

    /** The secret, grouped in fours so it can be typed into an app by hand. */
    public String getEnrolmentSecret() {
        return pending == null || !pending.isEnrolment() ? null : pending.enrolmentSecret().replaceAll("(.{4})", "$1 ").trim();
    }

    public String getProvisioningUri() {
        return provisioningUri;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
