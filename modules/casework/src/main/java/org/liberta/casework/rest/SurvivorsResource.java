package org.liberta.casework.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.api.RemovedBy;
import org.liberta.casework.api.VocationalSupportKind;
import org.liberta.casework.internal.application.CareService;
import org.liberta.casework.internal.application.DataProtectionService;
import org.liberta.casework.internal.application.CareService.TimelineEntry;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorView;
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

    /**
     * The intake body; {@code phone}, {@code address}, {@code identityDocument} (type and number, e.g.
     * "passport BD1234567"; sealed in the vault like the name), {@code controlMethods}, {@code recruitmentMethod},
     * {@code languages} (ISO 639-1), {@code intakeDate} and {@code consents} extend the contract.
     */
    public record SurvivorBody(String programme, String legalName, String phone, String address,
            String identityDocument, Gender gender,
            Integer birthYear, String nationality, Set<ExploitationType> exploitationTypes,
            Set<ControlMethod> controlMethods, RecruitmentMethod recruitmentMethod, Set<String> languages,
            LocalDate intakeDate, Set<ConsentPurpose> consents) {
    }

    /** Giving ({@code true}) or withdrawing ({@code false}) consent to one purpose. */
    public record ConsentBody(ConsentPurpose purpose, Boolean given) {
    }

    public record RevealBody(String reason) {
    }

    public record RemovalBody(LocalDate date, RemovedBy removedBy) {
    }

    public record CareEpisodeBody(LocalDate start, LocalDate end) {
    }

    public record FollowUpBody(LocalDate date, ContactMode mode, String note, LocalDate nextDue) {
    }

    public record RepatriationBody(String fromCountry, String toCountry, LocalDate arrivalDate) {
    }

    public record PoliceEngagementBody(LocalDate date, PoliceEngagementLevel level) {
    }

    public record RetraffickingBody(LocalDate date, String note) {
    }

    public record MentoringBody(Long mentorId, LocalDate start, LocalDate end) {
    }

    public record VocationalSupportBody(LocalDate date, VocationalSupportKind kind, String provider, String note) {
    }

    public record ClosureBody(LocalDate date) {
    }

    public record NoteBody(LocalDate date, String text) {
    }

    public record AssessmentBody(LocalDate date, Map<RecoveryArea, Integer> scores) {
    }

    /** {@code status}: OPEN (default), CLOSED or ALL. */
    @GET
    public Page<SurvivorView> caseload(@QueryParam("programme") String programme, @QueryParam("status") String status,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("noPoliceContact") boolean noPoliceContact, @QueryParam("page") Integer page,
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
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = SurvivorView.class)))
    public Response intake(@NotNull SurvivorBody b) {
        SurvivorView created = survivors.intake(new SurvivorService.Intake(b.programme(), b.legalName(), b.phone(),
                b.address(), b.identityDocument(), b.gender(), b.birthYear(), b.nationality(),
                b.exploitationTypes() == null ? Set.of() : b.exploitationTypes(), b.controlMethods(),
                b.recruitmentMethod(), b.languages(), b.intakeDate(),
                b.consents() == null ? Set.of() : b.consents()));
        return Response.created(URI.create("survivors/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SurvivorView survivor(@PathParam("id") long id) {
        return survivors.survivor(id);
    }

    @POST
    @Path("{id}/reveal")
    public Map<String, String> reveal(@PathParam("id") long id, @NotNull RevealBody body) {
        return survivors.reveal(id, body.reason());
    }

    @POST
    @Path("{id}/consents")
    public SurvivorView consent(@PathParam("id") long id, @NotNull ConsentBody body) {
        if (body.given() == null) {
            throw org.liberta.platform.api.InvalidInputException.of("given", "is required (true or false)");
        }
        return survivors.changeConsent(id, body.purpose(), body.given());
    }

    @GET
    @Path("{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return care.timeline(id);
    }

    @POST
    @Path("{id}/removals")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response removal(@PathParam("id") long id, @NotNull RemovalBody b) {
        return created(id, "removals", care.recordRemoval(id, new CareService.RemovalRecord(b.date(), b.removedBy())));
    }

    @POST
    @Path("{id}/care-episodes")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response careEpisode(@PathParam("id") long id, @NotNull CareEpisodeBody b) {
        return created(id, "care-episodes", care.startCareEpisode(id, new CareService.CareEpisodeRecord(b.start(), b.end())));
    }

    @POST
    @Path("{id}/follow-ups")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response followUp(@PathParam("id") long id, @NotNull FollowUpBody b) {
        return created(id, "follow-ups",
                care.logFollowUp(id, new CareService.FollowUpRecord(b.date(), b.mode(), b.note(), b.nextDue())));
    }

    @POST
    @Path("{id}/repatriations")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response repatriation(@PathParam("id") long id, @NotNull RepatriationBody b) {
        return created(id, "repatriations", care.recordRepatriation(id,
                new CareService.RepatriationRecord(b.fromCountry(), b.toCountry(), b.arrivalDate())));
    }

    @POST
    @Path("{id}/police-engagements")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response policeEngagement(@PathParam("id") long id, @NotNull PoliceEngagementBody b) {
        return created(id, "police-engagements",
                care.recordPoliceEngagement(id, new CareService.PoliceEngagementRecord(b.date(), b.level())));
    }

    @POST
    @Path("{id}/recovery-assessments")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response assessment(@PathParam("id") long id, @NotNull AssessmentBody b) {
        return created(id, "recovery-assessments",
                care.recordAssessment(id, new CareService.AssessmentRecord(b.date(), b.scores() == null ? Map.of() : b.scores())));
    }

    @POST
    @Path("{id}/retrafficking-incidents")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response retrafficking(@PathParam("id") long id, @NotNull RetraffickingBody b) {
        return created(id, "retrafficking-incidents",
                care.recordRetrafficking(id, new CareService.RetraffickingRecord(b.date(), b.note())));
    }

    @POST
    @Path("{id}/mentoring")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response mentoring(@PathParam("id") long id, @NotNull MentoringBody b) {
        return created(id, "mentoring", care.recordMentoring(id, new CareService.MentoringRecord(b.mentorId(), b.start(), b.end())));
    }

    @POST
    @Path("{id}/vocational-support")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response vocationalSupport(@PathParam("id") long id, @NotNull VocationalSupportBody b) {
        return created(id, "vocational-support", care.recordVocationalSupport(id,
                new CareService.VocationalRecord(b.date(), b.kind(), b.provider(), b.note())));
    }

    @POST
    @Path("{id}/notes")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = TimelineEntry.class)))
    public Response note(@PathParam("id") long id, @NotNull NoteBody b) {
        return created(id, "notes", care.addNote(id, new CareService.NoteRecord(b.date(), b.text())));
    }

    /** Closes the case (care has ended); the survivor leaves the caseload and retention starts counting. */
    @POST
    @Path("{id}/closure")
    public SurvivorView close(@PathParam("id") long id, ClosureBody b) {
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
    public SurvivorView erase(@PathParam("id") long id, @NotNull ReasonBody body) {
        dataProtection.erase(id, body.reason());
        return survivors.survivor(id);
    }

    @PUT
    @Path("{id}/legal-hold")
    public SurvivorView placeLegalHold(@PathParam("id") long id, @NotNull ReasonBody body) {
        dataProtection.placeLegalHold(id, body.reason());
        return survivors.survivor(id);
    }

    @DELETE
    @Path("{id}/legal-hold")
    public SurvivorView releaseLegalHold(@PathParam("id") long id) {
        dataProtection.releaseLegalHold(id);
        return survivors.survivor(id);
    }

    private static Response created(long survivorId, String collection, TimelineEntry entry) {
        return Response.created(URI.create("survivors/" + survivorId + "/" + collection + "/" + entry.id()))
                .entity(entry).build();
    }
}
