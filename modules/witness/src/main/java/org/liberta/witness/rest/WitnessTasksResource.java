package org.liberta.witness.rest;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.rest.QueryDates;
import org.liberta.witness.internal.application.AttendanceService;
import org.liberta.witness.internal.application.AttendanceService.AtRiskHearing;
import org.liberta.witness.internal.application.AttendanceService.TaskDetail;

/**
 * {@code GET /witness-tasks?dueBy=} (docs/api.md): open tasks of the caller's programmes due by the day (default today),
 * by hearing date and risk. {@code POST /witness-tasks/{id}/result} {@code {"result","note"}} records one done
 * (a call's result: CONFIRMED, NOTIFIED, NO_ANSWER or DECLINED). {@code GET /witness-tasks/at-risk}: hearings of
 * the next 14 days with a witness at risk, and why.
 */
@Path("witness-tasks")
@RequestScoped
public class WitnessTasksResource {

    @Inject
    private AttendanceService attendance;

    public record ResultBody(String result, String note) {
    }

    /** The queue (at most a day's work), a page at a time ({@code page}, {@code size}), in docs/api.md's list shape. */
    @GET
    public Page<TaskDetail> queue(@QueryParam("dueBy") String dueBy, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return attendance.workQueue(QueryDates.optional("dueBy", dueBy), PageRequest.of(page, size));
    }

    @POST
    @Path("{id}/result")
    public TaskDetail result(@PathParam("id") long id, @NotNull ResultBody body) {
        return attendance.complete(id, body.result(), body.note());
    }

    public record ContactBody(String reason) {
    }

    /** The witness's name, phone and e-mail for the call this task is about: {@code {"reason"}}; audited. */
    @POST
    @Path("{id}/contact")
    public java.util.Map<String, String> contact(@PathParam("id") long id, @NotNull ContactBody body) {
        return attendance.revealContact(id, body.reason());
    }

    @GET
    @Path("at-risk")
    public List<AtRiskHearing> atRisk() {
        return attendance.atRisk();
    }
}
