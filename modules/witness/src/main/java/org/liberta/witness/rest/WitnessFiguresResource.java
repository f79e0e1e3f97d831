package org.liberta.witness.rest;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.rest.QueryDates;
import org.liberta.witness.internal.application.WitnessFigures;
import org.liberta.witness.internal.application.WitnessFigures.Figures;

/**
 * {@code GET /witness-figures?from=&to=} the programme's figures for a period (default: the last twelve months):
 * attendance rate overall and by witness role, court and month; adjournments for witness absence per court before
 * and after the programme began there; confirmation rate; reminder delivery.
 */
@Path("witness-figures")
@RequestScoped
public class WitnessFiguresResource {

    @Inject
    private WitnessFigures figures;

    @GET
    public Figures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = QueryDates.optional("to", to);
        LocalDate until = end == null ? LocalDate.now() : end;
        LocalDate start = QueryDates.optional("from", from);
        return figures.figures(start == null ? until.minusYears(1).plusDays(1) : start, until);
    }
}
