package org.liberta.courts.internal.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Custody;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.api.WitnessRole;
import org.liberta.platform.api.rest.PublishedAs;

/** Court records as pages and API answers show them; victims appear by pseudonym, never by name. */
public final class CourtViews {

    private CourtViews() {
    }

    /** A line of "my cases". */
    public record CaseRow(long id, String programme, String court, String district, String caseNumber, CaseStage stage,
            String status, OffsetDateTime nextHearingAt, long ageDays, int accusedCount,
            AdjournmentReason lastAdjournmentReason, long version) implements Serializable {
    }

    public record Victim(long survivorId, String reference, String pseudonym) implements Serializable {
    }

    /**
     * {@code dataQuality} lists what the record still lacks that the charity's own practice asks for (the reason for
     * an acquittal): the API takes the verdict without it, the case page asks for it.
     */
    @PublishedAs("AccusedView")
    public record AccusedDetail(long id, String alias, LocalDate arrestedOn, Custody custody, VerdictOutcome verdict,
            LocalDate verdictOn, String verdictReason, String sentence, BigDecimal compensation, List<String> dataQuality,
            long version) implements Serializable {
    }

    @PublishedAs("HearingView")
    public record HearingDetail(long id, long caseId, String caseNumber, String court, OffsetDateTime scheduledAt,
            HearingPurpose purpose, String outcome, AdjournmentReason adjournmentReason, WitnessRole absentWitness,
            String reasonText, Long nextHearingId, List<String> dataQuality, long version) implements Serializable {
    }

    @PublishedAs("StageView")
    public record StageDetail(CaseStage stage, LocalDate date, ChargingDecision decision, String reason) implements Serializable {
    }

    /** The case page: the case, its parties, its stages and every hearing, newest first. */
    public record CaseDetail(long id, String programme, String court, String district, String caseNumber,
            LocalDate filedOn, CaseStage stage, LocalDate stageSince, String status, LocalDate disposedOn,
            String disposal, LocalDate supportStart, LocalDate supportEnd, OffsetDateTime nextHearingAt,
            Set<String> offences, List<Victim> victims, List<AccusedDetail> accused, List<StageDetail> stages,
            List<HearingDetail> hearings, long version) implements Serializable {
    }
}
