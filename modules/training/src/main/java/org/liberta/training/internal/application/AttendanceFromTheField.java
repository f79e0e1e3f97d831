package org.liberta.training.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldData;
import org.liberta.training.internal.application.AttendeeService.NewAttendee;

/**
 * {@code ATTENDANCE} from the field app: one attendee of a session, {@code {"sessionId","name","organisation",
 * "profession","email","completed","preScore","postScore"}}, matched to a professional already known by e-mail or by
 * name and organisation, as {@code POST /training/sessions/{id}/attendees}. An attendee adds to the session, so it
 * never conflicts; the same person twice is refused.
 */
@ApplicationScoped
public class AttendanceFromTheField implements FieldActionHandler {

    @Inject
    private AttendeeService attendees;

    @Override
    public String type() {
        return "ATTENDANCE";
    }

    @Override
    public Applied apply(FieldAction action) {
        FieldData data = new FieldData(action.data());
        Long session = data.requiredId("sessionId");
        String name = data.text("name");
        String organisation = data.text("organisation");
        String profession = data.text("profession");
        String email = data.text("email");
        Boolean completed = data.yesNo("completed");
        Integer preScore = data.wholeNumber("preScore");
        Integer postScore = data.wholeNumber("postScore");
        data.check();
        NewAttendee attendee = new NewAttendee(name, organisation, profession, null, null, email, null, completed,
                preScore, postScore, null, null, null, null);
        return new Applied("training-attendance", attendees.add(session, attendee).attendanceId());
    }
}
