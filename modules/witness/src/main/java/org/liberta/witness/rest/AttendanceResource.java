package org.liberta.witness.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.liberta.witness.internal.application.AttendanceService;
import org.liberta.witness.internal.application.AttendanceService.AttendanceRecord;
import org.liberta.witness.internal.application.AttendanceService.HearingPlan;

/** {@code PUT /hearings/{id}/attendance} (docs/api.md): who came to the hearing, witness by witness. */
@Path("hearings/{hearingId}/attendance")
@RequestScoped
public class AttendanceResource {

    @Inject
    private AttendanceService attendance;

    public record AttendanceBody(Long witnessId, Boolean attended, Boolean examined, String reason) {
    }

    @PUT
    public HearingPlan attendance(@PathParam("hearingId") long hearingId, @NotNull List<@NotNull AttendanceBody> body) {
        return attendance.recordAttendance(hearingId, body.stream()
                .map(b -> new AttendanceRecord(b.witnessId(), b.attended(), b.examined(), b.reason())).toList());
    }
}
