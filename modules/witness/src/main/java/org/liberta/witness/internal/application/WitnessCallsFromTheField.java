package org.liberta.witness.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.sync.FieldAction;
import org.liberta.platform.api.sync.FieldActionHandler;
import org.liberta.platform.api.sync.FieldData;

/**
 * {@code WITNESS_CALL} from the field app: {@code {"taskId","result","note"}}, the result being CONFIRMED, NOTIFIED,
 * NO_ANSWER or DECLINED, recorded as the work queue records a call. A call already recorded is recorded once, so it
 * never conflicts.
 */
@ApplicationScoped
public class WitnessCallsFromTheField implements FieldActionHandler {

    @Inject
    private AttendanceService attendance;

    @Override
    public String type() {
        return "WITNESS_CALL";
    }

    @Override
    public Applied apply(FieldAction action) {
        FieldData data = new FieldData(action.data());
        Long task = data.requiredId("taskId");
        AttendanceService.CallResult result = data.code("result", AttendanceService.CallResult.class);
        String note = data.text("note");
        data.check();
        return new Applied("witness-task", attendance.complete(task, result.name(), note).id());
    }
}
