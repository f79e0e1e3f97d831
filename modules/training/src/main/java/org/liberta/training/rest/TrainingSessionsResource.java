package org.liberta.training.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.rest.Downloads;
import org.liberta.platform.api.rest.QueryDates;
import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.training.internal.application.AttendeeService;
import org.liberta.training.internal.application.AttendeeService.AttendeeDetail;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.CertificateService.CertificateDetail;
import org.liberta.training.internal.application.SignInSheetImport;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.NewSession;
import org.liberta.training.internal.application.TrainingService.SessionDetail;
import org.liberta.training.internal.domain.Scores;

/**
 * Sessions (docs/api.md): {@code POST /training/sessions} {@code {"programme","course","date","location","trainer",
 * "audience"}} plus {@code "endDate","online","partnerOrganisation"}; {@code GET /training/sessions?from=&to=&page=
 * &size=}; {@code GET /training/sessions/{id}}; {@code POST /training/sessions/{id}/attendees} {@code {"name",
 * "organisation","profession","email","completed":true,"preScore","postScore"}} (plus rank, country, phone and
 * attitude / behaviour scores); {@code GET} the same for the list; {@code PUT /training/sessions/{id}/attendees/{aid}}
 * {@code {"completed","preScore","postScore",…}}.
 */
@Path("training/sessions")
@RequestScoped
public class TrainingSessionsResource {

    @Inject
    private TrainingService training;

    @Inject
    private AttendeeService attendees;

    @Inject
    private SignInSheetImport sheets;

    @Inject
    private CertificateService certificates;

    public record AttendeeChange(Boolean completed, Integer preScore, Integer postScore, Integer preAttitude,
            Integer postAttitude, Integer preBehaviour, Integer postBehaviour) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = SessionDetail.class)))
    public Response create(@NotNull NewSession session) {
        SessionDetail created = training.createSession(session);
        return Response.created(URI.create("training/sessions/" + created.id())).entity(created).build();
    }

    @GET
    public Page<SessionDetail> sessions(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return training.sessions(QueryDates.optional("from", from), QueryDates.optional("to", to), PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    public SessionDetail session(@PathParam("id") long id) {
        return training.session(id);
    }

    @GET
    @Path("{id}/attendees")
    public List<AttendeeDetail> attendees(@PathParam("id") long id) {
        return attendees.attendees(id);
    }

    /** The session's attendance as CSV (formula-safe), e.g. to file with the partner organisation. */
    @GET
    @Path("{id}/attendees/export")
    @Produces("text/csv")
    public Response export(@PathParam("id") long id) {
        return Downloads.attachment(attendees.attendeesCsv(id).getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8",
                "session-" + id + "-attendance.csv");
    }

    @POST
    @Path("{id}/attendees")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = AttendeeDetail.class)))
    public Response add(@PathParam("id") long id, @NotNull NewAttendee attendee) {
        AttendeeDetail added = attendees.add(id, attendee);
        return Response.created(URI.create("training/sessions/" + id + "/attendees/" + added.attendanceId()))
                .entity(added).build();
    }

    /**
     * The session's sign-in sheet (CSV or XLSX): {@code {"created","updated","unchanged","rejected":[{"line",
     * "errors"}]}}; {@code ?dryRun=true} writes nothing; {@code organisation} and {@code profession} fill rows
     * without their own.
     */
    @POST
    @Path("{id}/sign-in-sheet")
    @Consumes({"text/csv", Spreadsheets.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary signInSheet(@PathParam("id") long id,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("organisation") String organisation, @QueryParam("profession") String profession, byte[] file) {
        if (dryRun) {
            return ImportSummary.of(sheets.preview(sheets.prepare(id, file, organisation, profession)));
        }
        return sheets.importAll(id, file, organisation, profession);
    }

    @GET
    @Path("sign-in-sheet-template")
    @Produces("text/csv")
    public Response signInSheetTemplate() {
        return Downloads.attachment(SignInSheetImport.template().getBytes(StandardCharsets.UTF_8),
                "text/csv;charset=UTF-8", "sign-in-sheet-template.csv");
    }

    /** Issues certificates to everyone who completed the session and has none; answers all of the session's. */
    @POST
    @Path("{id}/certificates")
    public List<CertificateDetail> issueCertificates(@PathParam("id") long id) {
        return certificates.issueForSession(id);
    }

    @GET
    @Path("{id}/certificates")
    public List<CertificateDetail> certificates(@PathParam("id") long id) {
        return certificates.certificates(id);
    }

    @PUT
    @Path("{id}/attendees/{attendanceId}")
    public AttendeeDetail update(@PathParam("id") long id, @PathParam("attendanceId") long attendanceId,
            @NotNull AttendeeChange change) {
        return attendees.update(id, attendanceId, change.completed(), new Scores(change.preScore(), change.postScore(),
                change.preAttitude(), change.postAttitude(), change.preBehaviour(), change.postBehaviour()));
    }
}
