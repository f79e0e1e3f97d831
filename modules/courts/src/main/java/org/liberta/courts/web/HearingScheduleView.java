package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.internal.application.HearingService;
import org.liberta.platform.api.time.ClientDateTime;

/** Schedules a hearing of the case: when (in the reader's time zone) and for what. */
@Named
@ViewScoped
public class HearingScheduleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CaseView page;

    @Inject
    private HearingService hearings;

    private LocalDateTime hearingAt;
    private HearingPurpose purpose = HearingPurpose.MENTION;

    public void scheduleHearing() {
        page.record(() -> hearings.schedule(page.getCourtCase().id(), new HearingService.NewHearing(
                ClientDateTime.local(hearingAt), purpose)));
    }

    public HearingPurpose[] getPurposes() {
        return HearingPurpose.values();
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public void setHearingAt(LocalDateTime hearingAt) {
        this.hearingAt = hearingAt;
    }

    public HearingPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(HearingPurpose purpose) {
        this.purpose = purpose;
    }
}
