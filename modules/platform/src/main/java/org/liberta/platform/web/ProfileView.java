package org.liberta.platform.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.AuthenticationService;

/** The user's own security settings: anyone may add a second factor, not only the roles that must. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private Caller caller;

    private String secret;
    private String code;

    public void startEnrolment() {
        secret = authentication.newEnrolmentSecret();
    }

    public void confirmEnrolment() {
        if (UiFeedback.attempt(() -> authentication.confirmEnrolment(caller.username(), secret, code), "profile.enrolled")) {
            secret = null;
        }
        code = null;
    }

    public String getSecret() {
        return secret == null ? null : secret.replaceAll("(.{4})", "$1 ").trim();
    }

    public String getProvisioningUri() {
        return secret == null ? null : authentication.provisioningUri(caller.username(), secret);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
