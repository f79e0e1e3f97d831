package org.liberta.casework.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.internal.application.CareService.TimelineEntry;
import org.liberta.casework.internal.application.CareService;
import org.liberta.casework.internal.application.DataProtectionService;
import org.liberta.casework.internal.application.SurvivorDetail;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.domain.Survivor;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;

/**
 * {@code /survivors} and the events of their care (docs/api.md). Ordinary reads never carry identities; the legal
 * name comes back only from {@code POST /survivors/{id}/reveal}, with a reason, and is audited.
 */
@Path("survivors")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SurvivorsResource {

    @Inject
    private SurvivorService survivors;

    @Inject
    private CareService care;

    @Inject
    private DataProtectionService dataProtection;

    public record RevealBody(String reason) {
    }

    public record ClosureBody(LocalDate date) {
    }

    /** {@code status}: OPEN (default), CLOSED or ALL. */
    @GET
    public Page<SurvivorDetail> caseload(@QueryParam("programme") String programme, @QueryParam("status") String status,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("noPoliceContact") @DefaultValue("false") boolean noPoliceContact,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return survivors.caseload(programme, caseStatus(status), overdue, noPoliceContact, PageRequest.of(page, size));
    }

    private static Survivor.Status caseStatus(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("OPEN")) {
            return Survivor.Status.OPEN;
        }
        if (status.equalsIgnoreCase("CLOSED")) {
            return Survivor.Status.CLOSED;
        }
        if (status.equalsIgnoreCase("ALL")) {
            return null;
        }
        throw org.liberta.platform.api.InvalidInputException.of("status", "must be OPEN, CLOSED or ALL");
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = SurvivorDetail.class)))
    public Response intake(@NotNull SurvivorService.Intake intake) {
        SurvivorDetail created = survivors.intake(intake);
        return Response.created(URI.create("survivors/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SurvivorDetail survivor(@PathParam("id") long id) {
        return survivors.survivor(id);
    }

    @POST
    @Path("{id}/reveal")
    public Map<String, String> reveal(@PathParam("id") long id, @NotNull RevealBody body) {
        return survivors.reveal(SurvivorId.of(id), body.reason());
    }

    @POST
    @Path("{id}/consents")
    public SurvivorDetail consent(@PathParam("id") long id, @NotNull SurvivorService.ConsentChange change) {
        return survivors.changeConsent(id, change);
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return care.timeline(id);
    }

    @POST
    @Path("{id}/removals")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response removal(@PathParam("id") long id, @NotNull CareService.RemovalRecord b) {
        return created(id, "removals", care.recordRemoval(id, b));
    }

    @POST
    @Path("{id}/care-episodes")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response careEpisode(@PathParam("id") long id, @NotNull CareService.CareEpisodeRecord b) {
        return created(id, "care-episodes", care.startCareEpisode(id, b));
    }

    @POST
    @Path("{id}/follow-ups")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response followUp(@PathParam("id") long id, @NotNull CareService.FollowUpRecord b) {
        return created(id, "follow-ups",
                care.logFollowUp(id, b));
    }

    @POST
    @Path("{id}/repatriations")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response repatriation(@PathParam("id") long id, @NotNull CareService.RepatriationRecord b) {
        return created(id, "repatriations", care.recordRepatriation(id, b));
    }

    @POST
    @Path("{id}/police-engagements")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response policeEngagement(@PathParam("id") long id, @NotNull CareService.PoliceEngagementRecord b) {
        return created(id, "police-engagements",
                care.recordPoliceEngagement(id, b));
    }

    @POST
    @Path("{id}/recovery-assessments")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response assessment(@PathParam("id") long id, @NotNull CareService.AssessmentRecord b) {
        return created(id, "recovery-assessments",
                care.recordAssessment(id, b));
    }

    @POST
    @Path("{id}/retrafficking-incidents")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response retrafficking(@PathParam("id") long id, @NotNull CareService.RetraffickingRecord b) {
        return created(id, "retrafficking-incidents",
                care.recordRetrafficking(id, b));
    }

    @POST
    @Path("{id}/mentoring")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response mentoring(@PathParam("id") long id, @NotNull CareService.MentoringRecord b) {
        return created(id, "mentoring", care.recordMentoring(id, b));
    }

    @POST
    @Path("{id}/vocational-support")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response vocationalSupport(@PathParam("id") long id, @NotNull CareService.VocationalRecord b) {
        return created(id, "vocational-support", care.recordVocationalSupport(id, b));
    }

    @POST
    @Path("{id}/notes")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response note(@PathParam("id") long id, @NotNull CareService.NoteRecord b) {
        return created(id, "notes", care.addNote(id, b));
    }

    /** Closes the case (care has ended); the survivor leaves the caseload and retention starts counting. */
    @POST
    @Path("{id}/closure")
    public SurvivorDetail close(@PathParam("id") long id, ClosureBody b) {
        care.closeCase(id, b == null ? null : b.date());
        return survivors.survivor(id);
    }

    public record ReasonBody(String reason) {
    }

    /** Everything held about the survivor (ADMIN, subject access request); JSON, or a PDF to hand over. */
    @GET
    @Path("{id}/subject-access")
    public Map<String, Object> subjectAccess(@PathParam("id") long id) {
        return dataProtection.subjectAccess(id);
    }

    @GET
    @Path("{id}/subject-access")
    @Produces("application/pdf")
    public Response subjectAccessPdf(@PathParam("id") long id) {
        return Response.ok(dataProtection.subjectAccessPdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    /** Erases the identity on the survivor's request (ADMIN); 409 while on legal hold. */
    @POST
    @Path("{id}/erasure")
    public SurvivorDetail erase(@PathParam("id") long id, @NotNull ReasonBody body) {
        dataProtection.erase(id, body.reason());
        return survivors.survivor(id);
    }

    @PUT
    @Path("{id}/legal-hold")
    public SurvivorDetail placeLegalHold(@PathParam("id") long id, @NotNull ReasonBody body) {
        dataProtection.placeLegalHold(id, body.reason());
        return survivors.survivor(id);
    }

    @DELETE
    @Path("{id}/legal-hold")
    public SurvivorDetail releaseLegalHold(@PathParam("id") long id) {
        dataProtection.releaseLegalHold(id);
        return survivors.survivor(id);
    }

    private static Response created(long survivorId, String collection, TimelineEntry entry) {
        return Response.created(URI.create("survivors/" + survivorId + "/" + collection + "/" + entry.id()))
                .entity(entry).build();
    }
}
