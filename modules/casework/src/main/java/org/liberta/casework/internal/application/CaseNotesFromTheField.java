package org.liberta.casework.internal.application;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.internal.application.CareService.NoteRecord;
import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldData;

/** {@code CASE_NOTE} from the field app: {@code {"survivorId","date","text"}}; notes only add, so never conflict. */
@ApplicationScoped
public class CaseNotesFromTheField implements FieldActionHandler {

    @Inject
    private CareService care;

    @Override
    public String type() {
        return "CASE_NOTE";
    }

    @Override
    public Applied apply(FieldAction action) {
        FieldData data = new FieldData(action.data());
        Long survivor = data.requiredId("survivorId");
        LocalDate date = data.date("date", true);
        String text = data.text("text");
        data.check();
        return new Applied("case-note", care.addNote(survivor, new NoteRecord(date, text)).id());
    }
}
