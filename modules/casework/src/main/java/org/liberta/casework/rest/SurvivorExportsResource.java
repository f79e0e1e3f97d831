package org.liberta.casework.rest;

import org.liberta.platform.api.rest.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.internal.application.SurvivorExportService;
import org.liberta.platform.api.sheets.Spreadsheets;

/**
 * Survivors as files: {@code GET /exports/htcds?programme=BD[&sharedFor=SHARE_WITH_PARTNER]} (the HTCDS v2.0
 * workbook) and {@code GET /exports/anonymised-survivors?programme=&k=} (the k-anonymised extract, CSV or XLSX by
 * {@code Accept}). Always downloads, never shown inline; never cached.
 */
@Path("exports")
@RequestScoped
public class SurvivorExportsResource {

    @Inject
    private SurvivorExportService exports;

    @GET
    @Path("htcds")
    @Produces(Spreadsheets.XLSX)
    public Response htcds(@QueryParam("programme") String programme, @QueryParam("sharedFor") ConsentPurpose sharedFor) {
        return Downloads.attachment(exports.htcdsWorkbook(programme, sharedFor), Spreadsheets.XLSX, "htcds-" + safe(programme) + ".xlsx");
    }

    @GET
    @Path("anonymised-survivors")
    @Produces(Spreadsheets.CSV + ";charset=UTF-8")
    public Response anonymisedCsv(@QueryParam("programme") String programme, @QueryParam("k") Integer k) {
        return Downloads.attachment(exports.anonymisedCsv(programme, k), Spreadsheets.CSV + ";charset=UTF-8", "survivors-anonymised.csv");
    }

    @GET
    @Path("anonymised-survivors")
    @Produces(Spreadsheets.XLSX)
    public Response anonymisedXlsx(@QueryParam("programme") String programme, @QueryParam("k") Integer k) {
        return Downloads.attachment(exports.anonymisedWorkbook(programme, k), Spreadsheets.XLSX, "survivors-anonymised.xlsx");
    }


    private static String safe(String code) {
        return code == null ? "all" : code.replaceAll("[^A-Za-z0-9_-]", "");
    }
}
