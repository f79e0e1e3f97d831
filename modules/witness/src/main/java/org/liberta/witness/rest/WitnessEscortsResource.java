package org.liberta.witness.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.rest.QueryDates;
import org.liberta.witness.internal.application.EscortService;
import org.liberta.witness.internal.application.EscortService.EscortLine;

/**
 * {@code GET /witness-escorts?date=} the day's escorts (assigned, and proposals for the rest);
 * {@code POST /witness-escorts} {@code {"attendanceId","staffId"}} assigns or changes one (409 when the staff member
 * is away or already escorting that day); {@code POST /witness-escorts/accept?date=} accepts every proposal.
 */
@Path("witness-escorts")
@RequestScoped
public class WitnessEscortsResource {

    @Inject
    private EscortService escorts;

    public record AssignBody(Long attendanceId, Long staffId) {
    }

    @GET
    public List<EscortLine> plan(@QueryParam("date") String date) {
        return escorts.plan(QueryDates.required("date", date));
    }

    @POST
    public EscortLine assign(@NotNull AssignBody body) {
        if (body.attendanceId() == null || body.staffId() == null) {
            throw InvalidInputException.of(body.attendanceId() == null ? "attendanceId" : "staffId", "is required");
        }
        return escorts.assign(body.attendanceId(), body.staffId());
    }

    @POST
    @Path("accept")
    public List<EscortLine> accept(@QueryParam("date") String date) {
        return escorts.acceptProposals(QueryDates.required("date", date));
    }
}
