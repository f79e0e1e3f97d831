package org.liberta.courts.internal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Custody;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.api.WitnessNeed;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CourtCaseService.NewAccused;
import org.liberta.courts.internal.application.CourtCaseService.NewCase;
import org.liberta.courts.internal.application.CourtCaseService.StageMove;
import org.liberta.courts.internal.application.CourtCaseService.Verdict;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.application.HearingService.NewHearing;
import org.liberta.platform.api.time.ClientDateTime;
import org.liberta.courts.internal.application.HearingService.Outcome;
import org.liberta.platform.api.demo.DemoDataContributor;

/**
 * Court cases for the demo, entered through the courts' services, producing the 2021 report's court figures for
 * March–August 2021 (prosecutions supported UK 1, BD 163, TH 8, IN 167; accused arrested UK 39, BD 16, TH 5;
 * exploiters convicted UK 1, TH 6) and 18 prosecutions supported by the direct programmes in March–August 2020
 * (UK 1, BD 17) with no conviction then; plus hearing histories with adjournments (witness absence most often,
 * as in Bangladesh's backlog) and hearings booked in the weeks after today so the calendar is never empty.
 */
@ApplicationScoped
public class CourtsDemoData implements DemoDataContributor {

    private static final LocalDate FROM_2021 = LocalDate.of(2021, 3, 1);
    private static final LocalDate TO_2021 = LocalDate.of(2021, 8, 31);
    private static final String BD_OFFENCE = "PSHTA 2012 s.6";
    private static final List<String> BD_COURTS = List.of("Human Trafficking Offence Suppression Tribunal, Dhaka",
            "Nari-o-Shishu Nirjatan Daman Tribunal 1, Jessore", "Nari-o-Shishu Nirjatan Daman Tribunal 2, Khulna");
    private static final List<String> BD_DISTRICTS = List.of("Dhaka", "Jessore", "Khulna");

    @Inject
    private CourtCaseService cases;

    @Inject
    private CaseWitnessService witnesses;

    @Inject
    private HearingService hearings;

    private final Random random = new Random(2021);
    private int caseNumber;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void loadDemoData() {
        ukCase();
        for (int i = 0; i < 163; i++) {
            bangladeshCase(i, day(LocalDate.of(2020, 9, 1), TO_2021), null, i < 16);
        }
        for (int i = 0; i < 17; i++) {
            bangladeshCase(163 + i, day(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 3, 1)),
                    day(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31)), false);
        }
        for (int i = 0; i < 8; i++) {
            thaiCase(i);
        }
        for (int i = 0; i < 167; i++) {
            indianCase(i);
        }
        witnesses();
    }

    /**
     * Witnesses for the witness-attendance programme on cases with hearings to come: the victim, the police
     * officer who investigated and for some the doctor, with the support they need; two cases also sit tomorrow,
     * so the at-risk list has something to say on any day the demo starts.
     */
    private void witnesses() {
        List<Long> withHearings = cases.cases("BD", null, null, org.liberta.courts.internal.domain.CourtCase.Status.PENDING,
                null, org.liberta.courts.internal.domain.CourtsRepository.CaseSort.NEXT_HEARING,
                org.liberta.platform.api.PageRequest.of(0, 24)).items().stream()
                .filter(r -> r.nextHearingAt() != null).map(CourtViews.CaseRow::id).toList();
        List<WitnessNeed> needs = List.of(WitnessNeed.TRANSPORT, WitnessNeed.ESCORT, WitnessNeed.ALLOWANCE,
                WitnessNeed.LODGING, WitnessNeed.INTERPRETER);
        for (int i = 0; i < withHearings.size(); i++) {
            long caseId = withHearings.get(i);
            if (i < 2) {
                hearings.schedule(caseId, new NewHearing(ClientDateTime.local(LocalDate.now().plusDays(1).atTime(10, 30)),
                        HearingPurpose.WITNESS_EXAMINATION));
            }
            java.util.Set<WitnessNeed> victimNeeds = java.util.EnumSet.of(needs.get(i % needs.size()), WitnessNeed.ALLOWANCE);
            if (i % 6 == 5) {
                victimNeeds.add(WitnessNeed.PROTECTION);
            }
            witnesses.addWitness(caseId, new CaseWitnessService.NewWitness(WitnessRole.VICTIM, null,
                    "Demo Victim Witness " + (i + 1), String.format("+88017%08d", 1000 + i), null, victimNeeds,
                    victimNeeds.contains(WitnessNeed.ESCORT) ? org.liberta.casework.api.Gender.FEMININE : null));
            witnesses.addWitness(caseId, new CaseWitnessService.NewWitness(WitnessRole.POLICE, null,
                    "SI Demo Officer " + (i + 1), String.format("+88018%08d", 2000 + i),
                    "officer" + (i + 1) + "@police.example.org", java.util.EnumSet.noneOf(WitnessNeed.class), null));
            if (i % 3 == 0) {
                witnesses.addWitness(caseId, new CaseWitnessService.NewWitness(WitnessRole.DOCTOR, null,
                        "Dr Demo " + (i + 1), null, "doctor" + (i + 1) + "@hospital.example.org",
                        java.util.EnumSet.of(WitnessNeed.TRANSPORT), null));
            }
        }
    }

    /** One large UK prosecution: 42 accused, 39 of them arrested in March–August 2021, one convicted then. */
    private void ukCase() {
        CaseDetail c = cases.open(new NewCase("UK", "T2020" + 7001, "Southwark Crown Court", null, "London",
                LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 1), null, Set.of("Modern Slavery Act 2015 s.1",
                        "Modern Slavery Act 2015 s.2"), Set.of(), null));
        cases.moveStage(c.id(), new StageMove(CaseStage.CPS_CHARGING_DECISION, LocalDate.of(2020, 6, 1),
                ChargingDecision.CHARGE, null));
        cases.moveStage(c.id(), new StageMove(CaseStage.FIRST_HEARING, LocalDate.of(2020, 7, 1), null, null));
        cases.moveStage(c.id(), new StageMove(CaseStage.TRIAL, LocalDate.of(2021, 3, 1), null, null));
        long first = 0;
        for (int i = 0; i < 42; i++) {
            LocalDate arrested = i < 39 ? day(FROM_2021, TO_2021) : LocalDate.of(2019, 12, 10);
            long accused = cases.addAccused(c.id(), new NewAccused("UK accused " + (i + 1), arrested,
                    i % 3 == 0 ? Custody.IN_CUSTODY : Custody.ON_BAIL)).id();
            first = i == 0 ? accused : first;
        }
        // One pleaded guilty; the trial of the others goes on.
        cases.recordVerdict(c.id(), first, new Verdict(LocalDate.of(2021, 7, 20), VerdictOutcome.CONVICTED,
                null, "Guilty plea: 6 years 8 months", new BigDecimal("15000.00")));
        history(c.id(), LocalDate.of(2021, 3, 10), 4, HearingPurpose.TRIAL, LocalTime.of(10, 0));
    }

    /**
     * A Bangladeshi prosecution in the tribunal backlog: filed years ago, supported from {@code supportStart};
     * {@code supportEnd} set means it was disposed then. The first 16 of 2021 arrested an accused in the period.
     */
    private void bangladeshCase(int i, LocalDate supportStart, LocalDate supportEnd, boolean arrestIn2021) {
        LocalDate filed = supportStart.minusDays(random.nextInt(365 * (1 + random.nextInt(12))));
        int court = i % BD_COURTS.size();
        CaseDetail c = cases.open(new NewCase("BD", "Tr. " + (++caseNumber) + "/" + filed.getYear(), BD_COURTS.get(court),
                null, BD_DISTRICTS.get(court), filed, supportStart, supportEnd, Set.of(BD_OFFENCE), Set.of(), null));
        List<CaseStage> track = List.of(CaseStage.INVESTIGATION, CaseStage.CHARGE_SHEET, CaseStage.CHARGE_FRAMING,
                CaseStage.PROSECUTION_WITNESSES);
        int reached = random.nextInt(track.size());
        LocalDate stageDay = filed;
        for (int s = 0; s <= reached; s++) {
            stageDay = stageDay.plusDays(30 + random.nextInt(200));
            if (stageDay.isAfter(supportStart)) {
                stageDay = supportStart;
            }
            cases.moveStage(c.id(), new StageMove(track.get(s), stageDay, null, null));
        }
        long first = cases.addAccused(c.id(), new NewAccused("Accused " + caseNumber + "-A",
                arrestIn2021 ? day(FROM_2021, TO_2021) : filed.isBefore(FROM_2021) ? filed : null,
                arrestIn2021 ? Custody.IN_CUSTODY : Custody.ON_BAIL)).id();
        long second = cases.addAccused(c.id(), new NewAccused("Accused " + caseNumber + "-B", null, Custody.AT_LARGE)).id();
        if (supportEnd != null) {
            // Disposed in 2020: acquitted when the witnesses never came, as most are.
            cases.recordVerdict(c.id(), first, new Verdict(supportEnd, VerdictOutcome.ACQUITTED,
                    "Prosecution witnesses did not appear", null, null));
            cases.recordVerdict(c.id(), second, new Verdict(supportEnd, VerdictOutcome.DISCHARGED, null, null, null));
            return;
        }
        LocalDate start = LocalDate.now().minusDays(90 + random.nextInt(240));
        history(c.id(), start.isBefore(filed) ? filed.plusDays(1) : start, 2 + random.nextInt(3),
                HearingPurpose.WITNESS_EXAMINATION, LocalTime.of(10, 30));
    }

    /** Thailand: eight cases, five accused arrested and six convicted in March–August 2021. */
    private void thaiCase(int i) {
        LocalDate filed = LocalDate.of(2020, 10, 1).plusDays(i * 9L);
        CaseDetail c = cases.open(new NewCase("TH", "Or. " + (1200 + i) + "/2563", "Criminal Court, Bangkok", null,
                "Bangkok", filed, LocalDate.of(2021, 1, 4), null, Set.of("Anti-Trafficking in Persons Act B.E. 2551 s.6"),
                Set.of(), CaseStage.CHARGE_SHEET));
        long accused = cases.addAccused(c.id(), new NewAccused("TH accused " + (i + 1),
                i < 5 ? day(FROM_2021, TO_2021) : filed, Custody.IN_CUSTODY)).id();
        if (i < 6) {
            cases.recordVerdict(c.id(), accused, new Verdict(day(LocalDate.of(2021, 8, 1), TO_2021),
                    VerdictOutcome.CONVICTED, null, "8 years' imprisonment", null));
        } else {
            history(c.id(), LocalDate.now().minusDays(60 + i), 2, HearingPurpose.TRIAL, LocalTime.of(9, 30));
        }
    }

    /** India (funded joint operation): 167 prosecutions supported from early 2021, none with an arrest in the period. */
    private void indianCase(int i) {
        LocalDate filed = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(365 * 5));
        CaseDetail c = cases.open(new NewCase("IN", "S.C. " + (300 + i) + "/" + filed.getYear(),
                i % 2 == 0 ? "Sessions Court, Kolkata" : "Sessions Court, Mumbai", null, i % 2 == 0 ? "Kolkata" : "Mumbai",
                filed, LocalDate.of(2021, 2, 1), null, Set.of("IPC s.370"), Set.of(), CaseStage.CHARGE_SHEET));
        cases.addAccused(c.id(), new NewAccused("IN accused " + (i + 1), filed, Custody.ON_BAIL));
        history(c.id(), LocalDate.now().minusDays(20 + random.nextInt(60)), 1, HearingPurpose.WITNESS_EXAMINATION,
                LocalTime.of(11, 0));
    }

    /**
     * A run of settings from {@code start}: each adjourned (witness absence half the time) or held, recorded as
     * on its day, the last one booked in the weeks after today.
     */
    private void history(long caseId, LocalDate start, int settings, HearingPurpose purpose, LocalTime time) {
        HearingDetail hearing = hearings.schedule(caseId, new NewHearing(ClientDateTime.local(start.atTime(time)), purpose));
        LocalDate today = LocalDate.now();
        for (int s = 0; s < settings; s++) {
            LocalDate day = hearing.scheduledAt().toLocalDate();
            if (!day.isBefore(today)) {
                return;
            }
            boolean last = s == settings - 1;
            LocalDate next = last ? today.plusDays(3 + random.nextInt(35))
                    : min(day.plusDays(21 + random.nextInt(60)), today.minusDays(1));
            if (!next.isAfter(day)) {
                next = today.plusDays(3 + random.nextInt(35));
                last = true;
            }
            Outcome outcome = random.nextInt(4) == 0
                    ? new Outcome(true, null, null, null, next, null, null)
                    : adjournment(next);
            HearingDetail recorded = hearings.recordOutcomeAsOf(hearing.id(), outcome, day);
            if (last || recorded.nextHearingId() == null) {
                return;
            }
            hearing = new HearingDetail(recorded.nextHearingId(), caseId, null, null,
                    next.atTime(time).atOffset(hearing.scheduledAt().getOffset()), purpose, null,
                    null, null, null, null, List.of(), 0);
        }
    }

    private Outcome adjournment(LocalDate next) {
        int roll = random.nextInt(10);
        if (roll < 5) {
            WitnessRole absent = List.of(WitnessRole.VICTIM, WitnessRole.VICTIM, WitnessRole.POLICE, WitnessRole.DOCTOR)
                    .get(random.nextInt(4));
            return new Outcome(false, AdjournmentReason.WITNESS_ABSENT, absent, null, next, null, null);
        }
        AdjournmentReason reason = List.of(AdjournmentReason.PROSECUTOR_ABSENT, AdjournmentReason.DEFENCE_TIME_PETITION,
                AdjournmentReason.ACCUSED_NOT_PRODUCED, AdjournmentReason.DOCKET_NOT_PRODUCED,
                AdjournmentReason.JUDGE_UNAVAILABLE).get(random.nextInt(5));
        return new Outcome(false, reason, null, null, next, null, null);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
