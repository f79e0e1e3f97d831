package org.liberta.platform.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.AuthenticationService;
import org.liberta.platform.internal.application.FieldDevices;
import org.liberta.platform.internal.application.FieldDevices.DeviceSummary;

/** The user's own security settings: anyone may add a second factor, not only the roles that must. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private Caller caller;

    @Inject
    private FieldDevices fieldDevices;

    private String secret;
    private String code;
    private String currentPassword;
    private String newPassword;

    public void startEnrolment() {
        secret = authentication.newEnrolmentSecret();
    }

    public void confirmEnrolment() {
        if (UiFeedback.attempt(() -> authentication.confirmEnrolment(caller.username(), secret, code), "profile.enrolled")) {
            secret = null;
        }
        code = null;
    }

    /** Every session ends with the change, this one too: the message says to sign in again. */
    public void changePassword() {
        String address = org.liberta.platform.internal.security.OriginalClient.of((jakarta.servlet.http.HttpServletRequest)
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest());
        UiFeedback.attempt(() -> authentication.changeOwnPassword(caller.username(), currentPassword, newPassword,
                address), "profile.passwordChanged");
        currentPassword = null;
        newPassword = null;
    }

    /** The caller's devices for the field app, each with its last sync; a lost one is revoked here. */
    public java.util.List<DeviceSummary> getDevices() {
        return fieldDevices.mine();
    }

    public void revoke(DeviceSummary device) {
        UiFeedback.attempt(() -> fieldDevices.revoke(device.id()), "profile.deviceRevoked");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
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
