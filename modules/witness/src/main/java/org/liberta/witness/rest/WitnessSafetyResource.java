package org.liberta.witness.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.liberta.witness.internal.application.WitnessSafetyService;
import org.liberta.witness.internal.application.WitnessSafetyService.ConcernDetail;
import org.liberta.witness.internal.application.WitnessSafetyService.ContactRuleChange;
import org.liberta.witness.internal.application.WitnessSafetyService.ContactRuleDetail;

/**
 * A witness's safety. {@code GET/PUT /witnesses/{id}/contact-rule} {@code {"preferredChannel":"SMS|EMAIL|CALL",
 * "safeFromHour","safeToHour","whoMayCall","version"}} (a stale version is 409); {@code GET/POST
 * /witnesses/{id}/concerns} {@code {"description"}} intimidation concerns; {@code POST
 * /witnesses/{id}/concerns/{concernId}/close} {@code {"resolution"}}.
 */
@Path("witnesses/{id}")
@RequestScoped
public class WitnessSafetyResource {

    @Inject
    private WitnessSafetyService safety;

    public record ConcernBody(String description) {
    }

    public record CloseBody(String resolution) {
    }

    @GET
    @Path("contact-rule")
    public ContactRuleDetail contactRule(@PathParam("id") long id) {
        return safety.contactRule(id);
    }

    @PUT
    @Path("contact-rule")
    public ContactRuleDetail changeContactRule(@PathParam("id") long id, @NotNull ContactRuleChange change) {
        return safety.changeContactRule(id, change);
    }

    @GET
    @Path("concerns")
    public List<ConcernDetail> concerns(@PathParam("id") long id) {
        return safety.concerns(id);
    }

    @POST
    @Path("concerns")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = ConcernDetail.class)))
    public Response raise(@PathParam("id") long id, @NotNull ConcernBody body) {
        ConcernDetail created = safety.raiseConcern(id, body.description());
        return Response.created(URI.create("witnesses/" + id + "/concerns/" + created.id())).entity(created).build();
    }

    @POST
    @Path("concerns/{concernId}/close")
    public ConcernDetail close(@PathParam("id") long id, @PathParam("concernId") long concernId,
            @NotNull CloseBody body) {
        return safety.closeConcern(id, concernId, body.resolution());
    }
}
