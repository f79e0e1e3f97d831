package org.liberta.witness.rest;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.witness.internal.application.ReminderService;
import org.liberta.witness.internal.application.ReminderService.ReminderDetail;

/**
 * {@code GET /witness-reminders?hearing=} the reminders of a hearing and what became of them;
 * {@code POST /witness-reminders/run[?instance=]} (administrators) runs the reminder schedule now and answers
 * what it did, e.g. {@code {"PLANNED":40,"SENT":3,"DROPPED":1}} (PLANNED: attendances whose reminders it planned).
 */
@Path("witness-reminders")
@RequestScoped
public class WitnessRemindersResource {

    @Inject
    private ReminderService reminders;

    @GET
    public List<ReminderDetail> ofHearing(@QueryParam("hearing") Long hearingId) {
        if (hearingId == null) {
            throw InvalidInputException.of("hearing", "is required: the hearing whose reminders to list");
        }
        return reminders.ofHearing(hearingId);
    }

    @POST
    @Path("run")
    public Map<String, Integer> run(@QueryParam("instance") String instance) {
        return reminders.runNow(instance);
    }
}
