package org.liberta.courts.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Track;
import org.liberta.platform.api.FieldError;

/**
 * What a stage move must respect. A case moves forward along its own track (no skipping back: a retrial is a new
 * setting, not an earlier stage), on a day that is neither in the future nor before the case was filed or reached
 * its current stage. A disposed case can only go to appeal. The CPS charging decision is recorded with the
 * decision, and anything but a charge with its reason.
 */
public final class StageRules {

    private StageRules() {
    }

    public static List<FieldError> problems(CourtCase c, Track track, CaseStage next, LocalDate on,
            ChargingDecision decision, String reason, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (next.track() != track) {
            errors.add(new FieldError("stage", next + " is not a stage of a " + track + " prosecution"));
        } else if (next.step() <= c.getStage().step()) {
            errors.add(new FieldError("stage", "the case is already at " + c.getStage() + "; stages move forward"));
        } else if (c.getStatus() == CourtCase.Status.DISPOSED && !next.isAppeal()) {
            errors.add(new FieldError("stage", "the case was disposed on " + c.getDisposedOn() + "; only an appeal can follow"));
        }
        if (on.isAfter(today)) {
            errors.add(new FieldError("date", "must not be in the future"));
        } else if (on.isBefore(c.getStageSince())) {
            errors.add(new FieldError("date", "must not be before " + c.getStageSince() + ", when the case reached "
                    + c.getStage()));
        }
        if (next == CaseStage.CPS_CHARGING_DECISION) {
            if (decision == null) {
                errors.add(new FieldError("decision", "the CPS decision is required: CHARGE, NO_FURTHER_ACTION or ADVICE"));
            } else if (decision != ChargingDecision.CHARGE && (reason == null || reason.isBlank())) {
                errors.add(new FieldError("reason", "say why the CPS decided " + decision));
            }
        } else if (decision != null) {
            errors.add(new FieldError("decision", "only the CPS charging decision takes a decision"));
        }
        return errors;
    }
}
