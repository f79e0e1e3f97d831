package org.liberta.witness.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.sync.FieldSnapshot;
import org.liberta.witness.internal.application.AttendanceService.TaskDetail;

/**
 * The witness team's calls for the next fortnight, to take offline (issue 34): the witness by label or pseudonym,
 * the hearing, the risks and the contact rule, never a name or a number. Dialling still needs a signal; what was said
 * is recorded offline and synced as {@code WITNESS_CALL}.
 */
@ApplicationScoped
public class FieldCalls implements FieldSnapshot {

    static final int DAYS_AHEAD = 14;

    @Inject
    private AttendanceService attendance;

    @Inject
    private Caller caller;

    @Override
    public String section() {
        return "calls";
    }

    @Override
    public JsonArray forCaller() {
        JsonArrayBuilder calls = Json.createArrayBuilder();
        if (!caller.hasAnyRole(AttendanceService.STAFF)) {
            return calls.build();
        }
        PageRequest all = PageRequest.of(0, AttendanceService.QUEUE_LIMIT);
        for (TaskDetail task : attendance.workQueue(LocalDate.now().plusDays(DAYS_AHEAD), all).items()) {
            if (!"CALL".equals(task.kind())) {
                continue;
            }
            JsonObjectBuilder call = Json.createObjectBuilder().add("taskId", task.id()).add("hearingId", task.hearingId())
                    .add("witnessId", task.witnessId()).add("witness", task.witness()).add("dueOn", task.dueOn().toString())
                    .add("overdue", task.overdue()).add("risks", Json.createArrayBuilder(task.risks()));
            add(call, "caseNumber", task.caseNumber());
            add(call, "court", task.court());
            add(call, "hearingAt", task.hearingAt() == null ? null : task.hearingAt().toString());
            add(call, "contactRule", task.contactRule());
            calls.add(call);
        }
        return calls.build();
    }

    private static void add(JsonObjectBuilder call, String field, String value) {
        if (value == null) {
            call.addNull(field);
        } else {
            call.add(field, value);
        }
    }
}
