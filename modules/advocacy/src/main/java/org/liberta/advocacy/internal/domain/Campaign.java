package org.liberta.advocacy.internal.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.domain.VersionedEntity;

/** A campaign: what the charity wants changed, by whom and by when, where it stands, and the evidence behind it. */
@Entity(name = "Campaign")
@Table(name = "adv_campaign")
public class Campaign extends VersionedEntity {

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "ask", nullable = false, length = 2000)
    private String ask;

    @Column(name = "target", length = 300)
    private String target;

    @Column(name = "target_on")
    private LocalDate targetOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CampaignStatus status;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    protected Campaign() {
    }

    public Campaign(long programmeId, String title, String ask, String target, LocalDate targetOn, CampaignStatus status,
            String evidence) {
        this.programmeId = programmeId;
        this.title = title;
        this.ask = ask;
        this.target = target;
        this.targetOn = targetOn;
        this.status = status;
        this.evidence = evidence;
    }

    /**
     * Moves the campaign on as its status allows ({@link CampaignStatus#next()}), a win only with an outcome
     * recorded to show for it; a refused move changes nothing and is the client's mistake, naming {@code status}.
     *
     * @return whether the status changed (staying put is no move)
     */
    public boolean moveTo(CampaignStatus next, long outcomesRecorded) {
        String refusal = status.refusal(next, outcomesRecorded);
        if (refusal != null) {
            throw InvalidInputException.of("status", refusal);
        }
        if (next == status) {
            return false;
        }
        status = next;
        return true;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getTitle() {
        return title;
    }

    public String getAsk() {
        return ask;
    }

    public String getTarget() {
        return target;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }
}
