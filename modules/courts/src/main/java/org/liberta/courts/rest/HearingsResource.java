package org.liberta.courts.rest;

import java.time.LocalDate;
import java.util.List;

import org.liberta.platform.api.rest.QueryDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.application.HearingService;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.time.ClientDateTime;

/**
 * {@code PUT /hearings/{id}/outcome} (docs/api.md) and the calendar {@code GET /hearings?from=&to=} (at most two
 * months).
 */
@Path("hearings")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class HearingsResource {

    @Inject
    private HearingService hearings;

    /** {@code witnessRole}, {@code reasonText}, {@code nextAt} and {@code version} extend the contract. */
    public record OutcomeBody(Boolean held, AdjournmentReason adjournmentReason, WitnessRole witnessRole,
            String reasonText, LocalDate nextDate,
            @Schema(type = SchemaType.STRING, format = "date-time", example = "2026-03-01T10:00:00+06:00") String nextAt,
            Long version) {
    }

    @GET
    public List<HearingDetail> diary(@QueryParam("from") String from, @QueryParam("to") String to) {
        return hearings.diary(QueryDates.optional("from", from), QueryDates.optional("to", to));
    }

    @PUT
    @Path("{id}/outcome")
    public HearingDetail outcome(@PathParam("id") long id, @NotNull OutcomeBody b) {
        if (b.held() == null) {
            throw InvalidInputException.of("held", "is required (true or false)");
        }
        return hearings.recordOutcome(id, new HearingService.Outcome(b.held(), b.adjournmentReason(), b.witnessRole(),
                b.reasonText(), b.nextDate(), ClientDateTime.parse("nextAt", b.nextAt()), b.version()));
    }

}
