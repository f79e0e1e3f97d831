package org.liberta.platform.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Role;
import org.liberta.platform.internal.application.UserService;
import org.liberta.platform.internal.application.UserService.NewUser;
import org.liberta.platform.internal.application.UserService.UserChange;
import org.liberta.platform.internal.application.UserService.UserSummary;

/** {@code /users}: administrators only (checked in {@link UserService}); passwords go in and never come out. */
@Path("users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    private UserService users;

    @Inject
    private org.liberta.platform.internal.application.AuthenticationService authentication;

    /**
     * The request body of docs/api.md; {@code enabled} defaults to true, {@code version} is needed for updates.
     * {@code email} (optional) is where sign-in alerts go; an update without it leaves it as it was.
     */
    public record UserBody(String username, String password, Set<Role> roles, Set<String> programmes, Boolean enabled,
            Long version, String email) {
    }

    @GET
    public Page<UserSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return users.users(PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public UserSummary get(@PathParam("id") long id) {
        return users.user(id);
    }

    @POST
    @AdministratorsOnly
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = UserSummary.class)))
    public Response create(@NotNull UserBody body) {
        UserSummary created = users.createUser(new NewUser(body.username(), body.password(), orEmpty(body.roles()),
                orEmpty(body.programmes()), body.enabled() == null || body.enabled(), body.email()));
        return Response.created(URI.create("users/" + created.id())).entity(created).build();
    }

    @PUT
    @AdministratorsOnly
    @Path("{id}")
    public UserSummary update(@PathParam("id") long id, @NotNull UserBody body) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "is required for updates");
        }
        return users.changeUser(id, new UserChange(body.version(), body.password(), orEmpty(body.roles()),
                orEmpty(body.programmes()), body.enabled() == null || body.enabled(), body.email()));
    }

    /** {@code {"reason"}}: how the administrator checked who asked. */
    public record FactorRemoval(String reason) {
    }

    /** Removes a user's lost second factor (not one's own); every session and token of theirs ends. */
    @POST
    @AdministratorsOnly
    @Path("{id}/mfa/removal")
    public UserSummary removeSecondFactor(@PathParam("id") long id, @NotNull FactorRemoval removal) {
        authentication.removeSecondFactor(id, removal.reason());
        return users.user(id);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
