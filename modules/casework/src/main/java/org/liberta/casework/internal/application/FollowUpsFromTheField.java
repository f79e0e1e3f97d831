package org.liberta.casework.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.internal.application.CareService.FollowUpRecord;
import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldData;

/**
 * {@code FOLLOW_UP} from the field app: {@code {"survivorId","date","mode","note","nextDue"}}, logged exactly as the
 * survivor's page logs one. Follow-ups only add to the file, so they never conflict.
 */
@ApplicationScoped
public class FollowUpsFromTheField implements FieldActionHandler {

    @Inject
    private CareService care;

    @Override
    public String type() {
        return "FOLLOW_UP";
    }

    @Override
    public Applied apply(FieldAction action) {
        FieldData data = new FieldData(action.data());
        Long survivor = data.requiredId("survivorId");
        LocalDate date = data.date("date", true);
        ContactMode mode = data.code("mode", ContactMode.class);
        String note = data.text("note");
        LocalDate nextDue = data.date("nextDue", false);
        data.check();
        return new Applied("follow-up", care.logFollowUp(survivor, new FollowUpRecord(date, mode, note, nextDue)).id());
    }
}
