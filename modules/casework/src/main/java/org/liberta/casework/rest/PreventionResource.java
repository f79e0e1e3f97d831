package org.liberta.casework.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.application.PreventionService;
import org.liberta.casework.internal.application.PreventionService.SessionSummary;

/** {@code /prevention/sessions}: prevention education and the people it reaches (docs/api.md). */
@Path("prevention/sessions")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PreventionResource {

    @Inject
    private PreventionService prevention;

    public record ParticipantBody(String pseudonym, Gender gender, Integer birthYear) {
    }

    public record SessionBody(String programme, LocalDate date, String topic, List<ParticipantBody> participants) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = SessionSummary.class)))
    public Response record(@NotNull SessionBody b) {
        List<PreventionService.ParticipantRecord> participants = b.participants() == null ? List.of()
                : b.participants().stream().map(p -> p == null ? null
                        : new PreventionService.ParticipantRecord(p.pseudonym(), p.gender(), p.birthYear())).toList();
        SessionSummary saved = prevention.recordSession(
                new PreventionService.SessionRecord(b.programme(), b.date(), b.topic(), participants));
        return Response.created(URI.create("prevention/sessions/" + saved.id())).entity(saved).build();
    }

    @GET
    public List<SessionSummary> recent() {
        return prevention.recentSessions();
    }
}
