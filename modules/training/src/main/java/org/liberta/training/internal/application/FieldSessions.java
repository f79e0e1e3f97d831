package org.liberta.training.internal.application;

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
import org.liberta.training.internal.application.AttendeeService.AttendeeDetail;
import org.liberta.training.internal.application.TrainingService.SessionDetail;

/**
 * A trainer's sessions for the next 30 days, with the attendees already expected, to take attendance offline in a
 * district police lines (issue 34). Attendees by name, organisation and profession: their e-mail and phone stay on
 * the server.
 */
@ApplicationScoped
public class FieldSessions implements FieldSnapshot {

    static final int DAYS_AHEAD = 30;
    /** More sessions than a trainer runs in a month. */
    static final int MOST = 50;

    @Inject
    private TrainingService training;

    @Inject
    private AttendeeService attendees;

    @Inject
    private Caller caller;

    @Override
    public String section() {
        return "sessions";
    }

    @Override
    public JsonArray forCaller() {
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        if (!caller.hasAnyRole(TrainingService.TRAINERS)) {
            return sessions.build();
        }
        LocalDate today = LocalDate.now();
        for (SessionDetail s : training.sessions(today, today.plusDays(DAYS_AHEAD), PageRequest.of(0, MOST)).items()) {
            JsonArrayBuilder expected = Json.createArrayBuilder();
            for (AttendeeDetail a : attendees.attendees(s.id())) {
                expected.add(Json.createObjectBuilder().add("attendanceId", a.attendanceId()).add("name", a.name())
                        .add("organisation", a.organisation()).add("profession", a.profession())
                        .add("completed", a.completed()));
            }
            JsonObjectBuilder session = Json.createObjectBuilder().add("id", s.id()).add("programme", s.programme())
                    .add("course", s.course()).add("date", s.date().toString()).add("online", s.online())
                    .add("attendees", expected);
            if (s.location() != null) {
                session.add("location", s.location());
            }
            sessions.add(session);
        }
        return sessions.build();
    }
}
