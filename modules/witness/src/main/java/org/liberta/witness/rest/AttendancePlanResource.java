package org.liberta.witness.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.liberta.witness.internal.application.AttendanceService;
import org.liberta.witness.internal.application.AttendanceService.HearingPlan;

/**
 * {@code GET /hearings/{id}/attendance-plan} (docs/api.md): the witnesses required at a hearing, where each stands,
 * their tasks and why any is at risk. {@code PUT /hearings/{id}/attendance} {@code [{"witnessId","attended"}]}
 * records who came (and, with {@code "examined"}, whether they gave evidence). Each has its own root path so the
 * courts' {@code /hearings} resource keeps every other hearing path (a shared root would hide one or the other).
 */
@Path("hearings/{hearingId}/attendance-plan")
@RequestScoped
public class AttendancePlanResource {

    @Inject
    private AttendanceService attendance;

    @GET
    public HearingPlan plan(@PathParam("hearingId") long hearingId) {
        return attendance.plan(hearingId);
    }
}
