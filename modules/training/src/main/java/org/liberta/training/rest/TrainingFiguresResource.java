package org.liberta.training.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.rest.QueryDates;
import org.liberta.training.internal.application.TrainingFigures;
import org.liberta.training.internal.application.TrainingFigures.Figures;
import org.liberta.training.internal.application.TrainingFigures.Row;

/**
 * {@code GET /training/figures?from=&to=} (default: the last six months): professionals trained against attendances,
 * completion, mean knowledge gain and share improved, repeat participants; by profession, country and course.
 */
@Path("training/figures")
@RequestScoped
public class TrainingFiguresResource {

    @Inject
    private TrainingFigures figures;

    @GET
    public Figures figures(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate until = until(to);
        return figures.figures(since(from, until), until);
    }

    /** {@code GET /training/figures/organisations?from=&to=}: the fifteen organisations that trained the most people. */
    @GET
    @Path("organisations")
    public List<Row> organisations(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate until = until(to);
        return figures.byOrganisation(since(from, until), until);
    }

    private static LocalDate until(String to) {
        LocalDate end = QueryDates.optional("to", to);
        return end == null ? LocalDate.now() : end;
    }

    private static LocalDate since(String from, LocalDate until) {
        LocalDate start = QueryDates.optional("from", from);
        return start == null ? until.minusMonths(6).plusDays(1) : start;
    }
}
