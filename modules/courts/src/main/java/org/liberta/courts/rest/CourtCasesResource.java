package org.liberta.courts.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.internal.application.CourtOrderService;
import org.liberta.courts.internal.application.BacklogService;
import org.liberta.courts.internal.application.CaseWitnessService;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.AccusedDetail;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.courts.internal.application.CourtViews.CaseRow;
import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.application.HearingService;
import org.liberta.courts.internal.domain.CourtCase;
import org.liberta.courts.internal.domain.CourtsRepository.CaseSort;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.rest.Downloads;
import org.liberta.platform.api.rest.QueryDates;
import org.liberta.platform.api.time.ClientDateTime;

/**
 * {@code /court-cases} (docs/api.md): the lawyer's list ({@code ?programme&court&stage&status&caseNumber&sort&page&size}),
 * opening a case, the case page, stages, accused, verdicts and hearings.
 */
@Path("court-cases")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CourtCasesResource {

    @Inject
    private CourtOrderService orders;

    @Inject
    private CourtCaseService cases;

    @Inject
    private HearingService hearings;

    @Inject
    private BacklogService backlog;

    @Inject
    private CaseWitnessService witnesses;

    /** {@code scheduledAt}: ISO-8601 with offset (or {@code Z}); a bare date-time is the court's own time. */
    public record HearingBody(
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-02-01T10:00:00+06:00") String scheduledAt,
            HearingPurpose purpose) {
    }

    /** Filters arrive as text so that a bad one is a 400 naming it (JAX-RS would answer 404). */
    @GET
    public Page<CaseRow> list(@QueryParam("programme") String programme, @QueryParam("court") String courtId,
            @QueryParam("stage") String stage, @QueryParam("status") String status,
            @QueryParam("caseNumber") String caseNumber, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Long court;
        try {
            court = courtId == null || courtId.isBlank() ? null : Long.valueOf(courtId);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("court", "must be a court id");
        }
        return cases.cases(programme, court, code(CaseStage.class, "stage", stage),
                code(CourtCase.Status.class, "status", status), caseNumber, code(CaseSort.class, "sort", sort),
                PageRequest.of(page, size));
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = CaseDetail.class)))
    public Response open(@NotNull CourtCaseService.NewCase c) {
        CaseDetail created = cases.open(c);
        return Response.created(URI.create("court-cases/" + created.id())).entity(created).build();
    }

    /** The backlog analysis of one programme ({@code ?programme=BD&from=&to=}): JSON, CSV or XLSX by Accept. */
    @GET
    @Path("backlog")
    public BacklogService.Backlog backlog(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return backlog.backlog(programme, QueryDates.optional("from", from), QueryDates.optional("to", to));
    }

    @GET
    @Path("backlog")
    @Produces("text/csv;charset=UTF-8")
    public Response backlogCsv(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Downloads.attachment(backlog.csv(programme, QueryDates.optional("from", from), QueryDates.optional("to", to)), "text/csv;charset=UTF-8", "backlog.csv");
    }

    @GET
    @Path("backlog")
    @Produces(org.liberta.platform.api.sheets.Spreadsheets.XLSX)
    public Response backlogXlsx(@QueryParam("programme") String programme, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return Downloads.attachment(backlog.workbook(programme, QueryDates.optional("from", from), QueryDates.optional("to", to)),
                org.liberta.platform.api.sheets.Spreadsheets.XLSX, "backlog.xlsx");
    }



    @GET
    @Path("{id}")
    public CaseDetail courtCase(@PathParam("id") long id) {
        return cases.courtCase(id);
    }

    @POST
    @Path("{id}/stages")
    public CaseDetail stage(@PathParam("id") long id, @NotNull CourtCaseService.StageMove move) {
        return cases.moveStage(id, move);
    }

    @POST
    @Path("{id}/witnesses")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = org.liberta.courts.api.CaseWitness.class)))
    public Response witness(@PathParam("id") long id, @NotNull CaseWitnessService.NewWitness w) {
        org.liberta.courts.api.CaseWitness created = witnesses.addWitness(id, w);
        return Response.created(URI.create("court-cases/" + id + "/witnesses/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/witnesses")
    public java.util.List<org.liberta.courts.api.CaseWitness> witnesses(@PathParam("id") long id) {
        return witnesses.witnessesOf(id);
    }

    @POST
    @Path("{id}/accused")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = AccusedDetail.class)))
    public Response accused(@PathParam("id") long id, @NotNull CourtCaseService.NewAccused a) {
        AccusedDetail created = cases.addAccused(id, a);
        return Response.created(URI.create("court-cases/" + id + "/accused/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/accused/{accusedId}/verdict")
    public AccusedDetail verdict(@PathParam("id") long id, @PathParam("accusedId") long accusedId, @NotNull CourtCaseService.Verdict v) {
        return cases.recordVerdict(id, accusedId, v);
    }

    @PUT
    @Path("{id}/accused/{accusedId}/custody")
    public AccusedDetail custody(@PathParam("id") long id, @PathParam("accusedId") long accusedId,
            @NotNull CourtCaseService.CustodyChange change) {
        return cases.changeCustody(id, accusedId, change);
    }

    @POST
    @Path("{id}/orders")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = CourtOrderService.OrderDetail.class)))
    public Response order(@PathParam("id") long id, @NotNull CourtOrderService.NewOrder o) {
        CourtOrderService.OrderDetail created = orders.give(id, o);
        return Response.created(URI.create("court-orders/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/orders")
    public List<CourtOrderService.OrderDetail> orders(@PathParam("id") long id) {
        return orders.ordersOf(id);
    }

    @POST
    @Path("{id}/hearings")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = HearingDetail.class)))
    public Response hearing(@PathParam("id") long id, @NotNull HearingBody b) {
        List<FieldError> errors = new ArrayList<>();
        ClientDateTime at = null;
        try {
            at = ClientDateTime.parse("scheduledAt", b.scheduledAt());
            if (at == null) {
                errors.add(new FieldError("scheduledAt", "is required"));
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (b.purpose() == null) {
            errors.add(new FieldError("purpose", "is required"));
        }
        InvalidInputException.throwIfAny(errors);
        HearingDetail created = hearings.schedule(id, new HearingService.NewHearing(at, b.purpose()));
        return Response.created(URI.create("hearings/" + created.id())).entity(created).build();
    }
}
