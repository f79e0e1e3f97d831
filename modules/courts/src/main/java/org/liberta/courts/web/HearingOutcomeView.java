package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.application.HearingService;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The case page's first form, the one done at court on a phone: whether today's hearing went ahead and, if not, why
 * (and whose absence, when a witness was missing) and when the case comes back.
 */
@Named
@ViewScoped
public class HearingOutcomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private HearingService hearings;

    private boolean held;
    private AdjournmentReason reason = AdjournmentReason.WITNESS_ABSENT;
    private WitnessRole witnessRole = WitnessRole.VICTIM;
    private String reasonText;
    private LocalDate nextDate;

    /** The hearing whose outcome is due: the earliest one without an outcome whose day has come. */
    public HearingDetail getDueHearing() {
        if (page.getCourtCase() == null) {
            return null;
        }
        LocalDate today = LocalDate.now();
        return page.getCourtCase().hearings().stream().filter(h -> h.outcome() == null)
                .filter(h -> !h.scheduledAt().toLocalDate().isAfter(today))
                .min(java.util.Comparator.comparing(HearingDetail::scheduledAt)).orElse(null);
    }

    public void recordOutcome() {
        HearingDetail due = getDueHearing();
        if (due == null) {
            return;
        }
        if (UiFeedback.attempt(() -> hearings.recordOutcome(due.id(), new HearingService.Outcome(held,
                held ? null : reason, witnessRole, reasonText, nextDate, null, due.version())), null)) {
            UiFeedback.info(CaseView.text(held ? "outcome.heldSaved" : "outcome.adjournedSaved"));
            reasonText = null;
            nextDate = null;
            page.reload();
        }
    }

    public AdjournmentReason[] getReasons() {
        return AdjournmentReason.values();
    }

    public WitnessRole[] getWitnessRoles() {
        return WitnessRole.values();
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    public AdjournmentReason getReason() {
        return reason;
    }

    public void setReason(AdjournmentReason reason) {
        this.reason = reason;
    }

    public WitnessRole getWitnessRole() {
        return witnessRole;
    }

    public void setWitnessRole(WitnessRole witnessRole) {
        this.witnessRole = witnessRole;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    public void setNextDate(LocalDate nextDate) {
        this.nextDate = nextDate;
    }
}
