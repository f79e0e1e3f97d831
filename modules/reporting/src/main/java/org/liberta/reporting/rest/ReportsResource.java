package org.liberta.reporting.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.liberta.platform.api.rest.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.reporting.internal.application.HeadlineReport;
import org.liberta.reporting.internal.application.HeadlineReportService;

/** {@code GET /reports/headline}: the six-month headline report as JSON (CSV, XLSX and PDF are still to come). */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    private HeadlineReportService reports;

    @GET
    @Path("headline")
    public HeadlineReport headline(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("compareFrom") String compareFrom, @QueryParam("compareTo") String compareTo) {
        return reports.headline(QueryDates.required("from", from), QueryDates.required("to", to), QueryDates.optional("compareFrom", compareFrom),
                QueryDates.optional("compareTo", compareTo));
    }

}
