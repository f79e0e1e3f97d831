package org.liberta.casework.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.liberta.casework.internal.application.HtcdsImportService;
import org.liberta.platform.api.sheets.Spreadsheets;

/**
 * {@code POST /imports/htcds?programme=IN} (docs/api.md): a filled-in HTCDS v2.0 template. Each row is one survivor,
 * matched to one already held (by a previous export's reference, or name and birth date) rather than duplicated;
 * a rejected row writes nothing and is listed with its reasons; the rest of the file lands.
 */
@Path("imports/htcds")
@RequestScoped
public class HtcdsImportResource {

    @Inject
    private HtcdsImportService imports;

    @POST
    @Consumes(Spreadsheets.XLSX)
    @Produces(MediaType.APPLICATION_JSON)
    public org.liberta.platform.api.imports.ImportSummary importWorkbook(@QueryParam("programme") String programme, byte[] workbook) {
        return imports.importAll(programme, workbook);
    }
}
