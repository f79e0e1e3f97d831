package org.liberta.witness.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.liberta.casework.api.Gender;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.witness.internal.application.EscortService;
import org.liberta.witness.internal.application.EscortService.StaffDetail;

/**
 * {@code GET/POST /witness-staff} the programme staff who escort witnesses ({@code {"programme","name","gender",
 * "homeDistrict"}}); {@code POST /witness-staff/{id}/absences} {@code {"day"}} marks a day they cannot escort.
 */
@Path("witness-staff")
@RequestScoped
public class WitnessStaffResource {

    @Inject
    private EscortService escorts;

    public record StaffBody(String programme, String name, Gender gender, String homeDistrict) {
    }

    public record AbsenceBody(LocalDate day) {
    }

    @GET
    public List<StaffDetail> staff() {
        return escorts.staff();
    }

    @POST
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = StaffDetail.class)))
    public Response add(@NotNull StaffBody b) {
        StaffDetail created = escorts.addStaff(new EscortService.NewStaff(b.programme(), b.name(), b.gender(), b.homeDistrict()));
        return Response.created(URI.create("witness-staff/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id}/absences")
    public Response absent(@PathParam("id") long id, @NotNull AbsenceBody b) {
        if (b.day() == null) {
            throw InvalidInputException.of("day", "is required");
        }
        escorts.markAbsent(id, b.day());
        return Response.noContent().build();
    }
}
