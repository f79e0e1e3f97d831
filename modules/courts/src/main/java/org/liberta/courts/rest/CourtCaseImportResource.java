package org.liberta.courts.rest;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.courts.internal.application.CourtCaseImportService;
import org.liberta.platform.api.imports.ImportSummary;
import org.liberta.platform.api.rest.Downloads;

/**
 * {@code POST /imports/court-cases} (docs/api.md): the CSV of cases and hearings a lawyer keeps, one line per hearing.
 * Answers {@code {"created","updated","unchanged","rejected":[{"line","errors"}]}}; a rejected line writes
 * nothing, the rest lands, and sending the same file again changes nothing. {@code ?dryRun=true} answers what
 * the import would do, writing nothing. {@code GET /imports/court-cases/template} gives the columns.
 */
@Path("imports/court-cases")
@RequestScoped
public class CourtCaseImportResource {

    @Inject
    private CourtCaseImportService imports;

    @POST
    @Consumes("text/csv")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportSummary importCases(@QueryParam("dryRun") @DefaultValue("false") boolean dryRun, byte[] file) {
        if (dryRun) {
            return ImportSummary.of(imports.preview(imports.prepare(file)).lines());
        }
        return imports.importAll(file);
    }

    @GET
    @Path("template")
    @Produces("text/csv")
    public Response template() {
        return Downloads.attachment(CourtCaseImportService.template().getBytes(StandardCharsets.UTF_8),
                "text/csv;charset=UTF-8", "court-cases-template.csv");
    }
}
