package org.liberta.training.rest;

import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.rest.QueryDates;
import org.liberta.training.internal.application.TrainingFigures;
import org.liberta.training.internal.application.TrainingFigures.Figures;

/**
 * {@code GET /training/figures?from=&to=} (default: the last six months): professionals trained against attendances,
 * completion, mean knowledge gain and share improved, repeat participants; by profession, country, organisation
 * and course.
 */
@Path("training/figures")
@RequestScoped
public class TrainingFiguresResource {

    @Inject
    private TrainingFigures figures;

    @GET
    public Figures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = QueryDates.optional("to", to);
        LocalDate until = end == null ? LocalDate.now() : end;
        LocalDate start = QueryDates.optional("from", from);
        return figures.figures(start == null ? until.minusMonths(6).plusDays(1) : start, until);
    }
}
