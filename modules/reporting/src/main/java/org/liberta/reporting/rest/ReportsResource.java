package org.liberta.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.rest.Downloads;
import org.liberta.platform.api.rest.QueryDates;
import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.reporting.internal.application.Dashboard;
import org.liberta.reporting.internal.application.DashboardService;
import org.liberta.reporting.internal.application.DeepDiveService;
import org.liberta.reporting.internal.application.DrillDownService;
import org.liberta.reporting.internal.application.HeadlineExports;
import org.liberta.reporting.internal.application.HeadlineReport;
import org.liberta.reporting.internal.application.HeadlineReportService;
import org.liberta.reporting.internal.application.ReportRequest;
import org.liberta.reporting.internal.application.SnapshotService;
import org.liberta.reporting.internal.application.TargetService;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;

/**
 * {@code GET /reports/headline?from&to[&compareFrom&compareTo][&indicators=A,B|all][&programmes=UK,BD]
 * [&audience=external]}: the headline report as JSON, or as CSV, XLSX or PDF laid out like the published table, by
 * the {@code Accept} header (docs/api.md) or {@code format=csv|xlsx|pdf} for a plain link. {@code GET /reports/indicators}:
 * every indicator the modules offer. {@code POST /reports/snapshots} ({@code {"title","from","to","compareFrom",
 * "compareTo","audience"}}) publishes a period's report; {@code GET /reports/snapshots[/{id}]} reads them back with
 * every figure that differs now. {@code GET /reports/dashboard}: the dashboard's charts. {@code PUT /reports/targets} ({@code {"indicator","from","to","programme","value"}})
 * sets a target.
 */
@Path("reports")
@RequestScoped
public class ReportsResource {

    private static final String PDF = "application/pdf";
    private static final String CSV = "text/csv";

    @Inject
    private HeadlineReportService reports;

    @Inject
    private HeadlineExports exports;

    @Inject
    private AuditLog audit;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private TargetService targets;

    @Inject
    private DrillDownService drillDown;

    @Inject
    private DeepDiveService deepDive;

    @Inject
    private DashboardService dashboards;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("headline")
    @Produces({MediaType.APPLICATION_JSON, CSV, Spreadsheets.XLSX, PDF})
    @APIResponse(responseCode = "200", description = "the answer", content = @Content(schema = @Schema(implementation = HeadlineReport.class)))
    public Response headline(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("compareFrom") String compareFrom, @QueryParam("compareTo") String compareTo,
            @QueryParam("indicators") String indicators, @QueryParam("programmes") String programmes,
            @QueryParam("audience") String audience, @QueryParam("format") String format) {
        String type = type(format);
        HeadlineReport report = reports.headline(new ReportRequest(QueryDates.required("from", from),
                QueryDates.required("to", to), QueryDates.optional("compareFrom", compareFrom),
                QueryDates.optional("compareTo", compareTo), list(indicators), list(programmes), audience));
        if (type.equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String name = "headline-report-" + report.period().from() + "-" + report.period().to();
        audit.record(AuditActions.EXPORT, "headline-report", null, type + " " + report.audience());
        return switch (type) {
            case CSV -> Downloads.attachment(exports.csv(report), "text/csv; charset=UTF-8", name + ".csv");
            case PDF -> Downloads.attachment(exports.pdf(report), PDF, name + ".pdf");
            default -> Downloads.attachment(exports.xlsx(report), Spreadsheets.XLSX, name + ".xlsx");
        };
    }

    /** The records behind one figure: {@code ?code&from&to[&column=direct|inclFundedJointOps|UK][&page&size]}. */
    @GET
    @Path("headline/records")
    @Produces(MediaType.APPLICATION_JSON)
    public org.liberta.platform.api.Page<DrillDownService.RecordLine> records(@QueryParam("code") String code,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("column") String column,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return drillDown.records(code, QueryDates.required("from", from), QueryDates.required("to", to), column,
                org.liberta.platform.api.PageRequest.of(page, size));
    }

    /**
     * The dashboard's charts: {@code ?from&to[&indicator=CODE]} (the indicator drawn month by month; by default
     * survivors cared for), within the caller's programmes.
     */
    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("indicator") String indicator) {
        return dashboards.dashboard(QueryDates.required("from", from), QueryDates.required("to", to), indicator);
    }

    /** The engagement deep dive: {@code ?from&to}, M&amp;E and administrators. */
    @GET
    @Path("deep-dive/engagement")
    @Produces(MediaType.APPLICATION_JSON)
    public DeepDiveService.DeepDive deepDive(@QueryParam("from") String from, @QueryParam("to") String to) {
        return deepDive.engagement(QueryDates.required("from", from), QueryDates.required("to", to));
    }

    @POST
    @Path("snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = SnapshotService.SnapshotSummary.class)))
    public Response publish(@NotNull SnapshotService.NewSnapshot body) {
        SnapshotService.SnapshotSummary created = snapshots.publish(body);
        return Response.created(URI.create("reports/snapshots/" + created.id())).entity(created).build();
    }

    @GET
    @Path("snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SnapshotService.SnapshotSummary> snapshots() {
        return snapshots.snapshots();
    }

    @GET
    @Path("snapshots/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public SnapshotService.PublishedReport snapshot(@PathParam("id") long id) {
        return snapshots.snapshot(id);
    }

    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public TargetService.NewTarget target(@NotNull TargetService.NewTarget body) {
        return targets.set(body);
    }

    @GET
    @Path("indicators")
    @Produces(MediaType.APPLICATION_JSON)
    public List<IndicatorDefinition> indicators() {
        return reports.catalogue();
    }

    /** The format asked for by name, else the first of ours the client accepts (JSON when it accepts anything). */
    private String type(String format) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> MediaType.APPLICATION_JSON;
                case "csv" -> CSV;
                case "xlsx" -> Spreadsheets.XLSX;
                case "pdf" -> PDF;
                default -> throw InvalidInputException.of("format", "is json, csv, xlsx or pdf");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            for (String ours : List.of(MediaType.APPLICATION_JSON, CSV, Spreadsheets.XLSX, PDF)) {
                if (accepted.isCompatible(MediaType.valueOf(ours))) {
                    return ours;
                }
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? null
                : Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
