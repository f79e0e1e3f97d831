package org.liberta.platform.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.internal.security.OriginalClient;
import org.liberta.platform.internal.application.AuthenticationService;
import org.liberta.platform.internal.application.LibertaConfig;
import org.liberta.platform.internal.security.DeviceCookie;
import org.liberta.platform.internal.security.OriginalScheme;

import java.util.Set;

/** Bearer tokens for the API (docs/api.md "Auth"). */
@Path("auth")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private Caller caller;

    @Inject
    private LibertaConfig config;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    /**
     * Credentials for a token; {@code totp} is needed once the user has a second factor. Request records of this
     * layer carry no constraint annotations (Payara's OpenAPI scanner fails on them); they are checked here.
     */
    public record TokenRequest(String username, String password, String totp) {

        void requireComplete() {
            RequiredFields.check(java.util.Map.of("username", username == null ? "" : username,
                    "password", password == null ? "" : password));
        }
    }

    /** The caller's current password and the one to replace it. */
    public record PasswordChange(String currentPassword, String newPassword) {

        void requireComplete() {
            RequiredFields.check(java.util.Map.of("currentPassword", currentPassword == null ? "" : currentPassword,
                    "newPassword", newPassword == null ? "" : newPassword));
        }
    }

    public record TokenAnswer(String token, Instant expiresAt) {
    }

    public record Me(String username, Set<Role> roles, Set<Long> programmeIds) {
    }

    /** A new second-factor key for the caller to add to an authenticator app. */
    public record Enrolment(String secret, String provisioningUri) {
    }

    /** The key shown by {@code POST /auth/mfa} and a code the app now shows for it. */
    public record EnrolmentConfirmation(String secret, String code) {

        void requireComplete() {
            RequiredFields.check(java.util.Map.of("secret", secret == null ? "" : secret, "code", code == null ? "" : code));
        }
    }

    @POST
    @Path("token")
    @APIResponse(responseCode = "200", description = "the answer", content = @Content(schema = @Schema(implementation = TokenAnswer.class)))
    public Response issue(@NotNull TokenRequest credentials) {
        credentials.requireComplete();
        return authentication.issueToken(credentials.username(), credentials.password(), credentials.totp(),
                        OriginalClient.of(request), DeviceCookie.presented(request))
                .map(t -> {
                    // The field app is a browser too: known from now on, it is never locked out (docs/security.md 5).
                    DeviceCookie.keep(request, response, t.device(), OriginalScheme.https(request, config));
                    return Response.ok(new TokenAnswer(t.token(), t.expiresAt())).build();
                })
                .orElseGet(() -> Response.status(401).type(Problem.MEDIA_TYPE)
                        .entity(Problem.of(401, "Unauthorized", "Wrong username, password or code, or the account is "
                                + "locked or must enrol a second factor on the web first"))
                        .build());
    }

    /** Revokes the token this request carries. */
    @DELETE
    @Path("token")
    public Response revoke(@HeaderParam("Authorization") String authorization) {
        authentication.revokeToken(authorization.substring(7), caller.username(), OriginalClient.of(request));
        return Response.noContent().build();
    }

    /** Changes the caller's own password; every session and token they had ends, this token too. */
    @POST
    @Path("password")
    public Response changePassword(@NotNull PasswordChange change) {
        change.requireComplete();
        authentication.changeOwnPassword(caller.username(), change.currentPassword(), change.newPassword(),
                OriginalClient.of(request));
        return Response.noContent().build();
    }

    /** Starts a voluntary (or API-side) second-factor enrolment for the signed-in caller. */
    @POST
    @Path("mfa")
    public Enrolment startEnrolment() {
        String secret = authentication.newEnrolmentSecret();
        return new Enrolment(secret, authentication.provisioningUri(caller.username(), secret));
    }

    /** Completes it: from now on every sign-in and token request needs a code. */
    @POST
    @Path("mfa/confirm")
    public Response confirmEnrolment(@NotNull EnrolmentConfirmation confirmation) {
        confirmation.requireComplete();
        authentication.confirmEnrolment(caller.username(), confirmation.secret(), confirmation.code());
        return Response.noContent().build();
    }

    @GET
    @Path("me")
    public Me me() {
        return new Me(caller.username(), caller.roles(), caller.programmeIds());
    }
}
