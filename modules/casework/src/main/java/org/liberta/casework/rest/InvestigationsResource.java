package org.liberta.casework.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.liberta.casework.internal.application.InvestigationService;
import org.liberta.casework.internal.application.InvestigationService.InvestigationDetail;

/**
 * {@code POST /investigations} (docs/api.md): 201 for a new police reference, 200 when the reference was already known
 * and this report was merged into it.
 */
@Path("investigations")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class InvestigationsResource {

    @Inject
    private InvestigationService investigations;

    public record OutcomesBody(Integer furtherVictims, Integer suspects, Integer arrests, Integer linesOfEnquiry,
            Integer charges, Integer locationsIdentified, Integer locationsChecked) {

        InvestigationService.OutcomesRecord record() {
            return new InvestigationService.OutcomesRecord(n(furtherVictims), n(suspects), n(arrests), n(linesOfEnquiry),
                    n(charges), n(locationsIdentified), n(locationsChecked));
        }

        private static int n(Integer value) {
            return value == null ? 0 : value;
        }
    }

    public record InvestigationBody(String programme, String policeReference, Set<Long> survivorIds, LocalDate openedOn,
            LocalDate closedOn, OutcomesBody outcomes) {
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = InvestigationDetail.class)))
    public Response report(@NotNull InvestigationBody b) {
        InvestigationDetail saved = investigations.report(new InvestigationService.InvestigationRecord(b.programme(),
                b.policeReference(), b.survivorIds() == null ? Set.of() : b.survivorIds(), b.openedOn(), b.closedOn(),
                b.outcomes() == null ? new OutcomesBody(0, 0, 0, 0, 0, 0, 0).record() : b.outcomes().record()));
        if (saved.merged()) {
            return Response.ok(saved).build();
        }
        return Response.created(URI.create("investigations/" + saved.id())).entity(saved).build();
    }
}
