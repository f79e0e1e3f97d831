package org.liberta.casework.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldData;

/**
 * {@code NEXT_DUE} from the field app: an edit, {@code recordId} the survivor and {@code version} the file's version
 * the device held, {@code data} {@code {"nextDue"}}. A file changed meanwhile is a conflict, answered with the
 * server's version for the navigator to keep theirs, take the server's, or merge.
 */
@ApplicationScoped
public class ReschedulesFromTheField implements FieldActionHandler {

    @Inject
    private CareService care;

    @Override
    public String type() {
        return "NEXT_DUE";
    }

    @Override
    public Applied apply(FieldAction action) {
        FieldData data = new FieldData(action.data());
        LocalDate nextDue = data.date("nextDue", true);
        data.check();
        if (action.recordId() == null || action.version() == null) {
            throw new InvalidInputException(java.util.List.of(
                    new FieldError("recordId", "an edit names the survivor"),
                    new FieldError("version", "an edit names the version it started from")));
        }
        care.rescheduleNextContact(action.recordId(), action.version(), nextDue);
        return new Applied("survivor", action.recordId());
    }
}
