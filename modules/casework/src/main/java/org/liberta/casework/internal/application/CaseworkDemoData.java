package org.liberta.casework.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.casework.api.ConsentPurpose;
import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.RecruitmentMethod;
import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.api.RemovedBy;
import org.liberta.casework.internal.application.CareService.AssessmentRecord;
import org.liberta.casework.internal.application.CareService.CareEpisodeRecord;
import org.liberta.casework.internal.application.CareService.FollowUpRecord;
import org.liberta.casework.internal.application.CareService.PoliceEngagementRecord;
import org.liberta.casework.internal.application.CareService.RemovalRecord;
import org.liberta.casework.internal.application.CareService.RepatriationRecord;
import org.liberta.platform.api.demo.DemoDataContributor;

/**
 * Casework's share of the demo dataset, recorded through the module's own services, person by person. It
 * reproduces the 2021 report's casework figures for March–August 2021 and the year before:
 *
 * <pre>
 *                       UK   BD   TH   IN   | 2020 direct (UK + BD)
 *   removed             26   23    9    –   | 18 (10 + 8)
 *   cared for          166  307   27   93   | 192 (70 + 122)
 *   repatriated          3   19    –    –   | 27 (5 + 22)
 * </pre>
 *
 * 146 police investigations with the report's outcome totals, and people reached by prevention education: Bangladesh 30 and India 58 in 2021, Bangladesh 750 in 2020;
 * plus more than 2,100 follow-ups in Bangladesh in the period, and a living caseload dated relative to today
 * (some contacts overdue). Names are invented and obviously fictional ("Demo Person 0042").
 */
@ApplicationScoped
public class CaseworkDemoData implements DemoDataContributor {

    static final LocalDate FROM_2021 = LocalDate.of(2021, 3, 1);
    static final LocalDate TO_2021 = LocalDate.of(2021, 8, 31);
    static final LocalDate FROM_2020 = LocalDate.of(2020, 3, 1);
    static final LocalDate TO_2020 = LocalDate.of(2020, 8, 31);

    /** One programme's targets; "carriedFrom2020" of the cared-for were already in care in March–August 2020. */
    record Targets(String programme, String country, int caredFor, int carriedFrom2020, int removed2021,
            int removed2020, int repatriated2021, int repatriated2020, int followUpsEach, int current) {
    }

    static final List<Targets> TARGETS = List.of(
            new Targets("UK", "GB", 166, 70, 26, 10, 3, 5, 2, 12),
            new Targets("BD", "BD", 307, 122, 23, 8, 19, 22, 7, 15),
            new Targets("TH", "TH", 27, 0, 9, 0, 0, 0, 1, 4),
            new Targets("IN", "IN", 93, 0, 0, 0, 0, 0, 1, 6),
            new Targets("RO", "RO", 0, 0, 0, 0, 0, 0, 0, 10));

    @Inject
    private SurvivorService survivors;

    @Inject
    private CareService care;

    @Inject
    private PreventionService prevention;

    @Inject
    private InvestigationService investigations;

    private final Random random = new Random(2021);
    private int personNumber;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void loadDemoData() {
        for (Targets t : TARGETS) {
            loadReportPeriod(t);
            loadCurrentCaseload(t);
        }
        preventionSessions("BD", "BD-2020-P", 750, 25, FROM_2020, TO_2020);
        preventionSessions("BD", "BD-2021-P", 30, 15, FROM_2021, TO_2021);
        preventionSessions("IN", "IN-2021-P", 58, 29, FROM_2021, TO_2021);
    }

    /** Sessions of {@code perSession} new people each until {@code people} are reached, dated within the period. */
    private void preventionSessions(String programme, String prefix, int people, int perSession, LocalDate from,
            LocalDate to) {
        for (int first = 1; first <= people; first += perSession) {
            List<PreventionService.ParticipantRecord> participants = new ArrayList<>();
            for (int n = first; n < first + perSession && n <= people; n++) {
                participants.add(new PreventionService.ParticipantRecord(String.format("%s%04d", prefix, n),
                        n % 3 == 0 ? Gender.MASCULINE : Gender.FEMININE, from.getYear() - 14 - n % 20));
            }
            prevention.recordSession(new PreventionService.SessionRecord(programme, day(from, to),
                    "Safe migration and recruitment fraud", participants));
        }
    }

    /** Survivors cared for in March–August 2021, some already in care a year before, with their events. */
    private void loadReportPeriod(Targets t) {
        for (int i = 0; i < t.caredFor(); i++) {
            boolean carried = i < t.carriedFrom2020();
            LocalDate start = carried ? day(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 8, 20))
                    : day(LocalDate.of(2020, 9, 10), LocalDate.of(2021, 8, 20));
            // Most episodes closed after the period; a few are still open today.
            LocalDate end = i % 10 == 0 ? null : day(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 6, 30));
            long id = intake(t, start.minusDays(3));
            care.startCareEpisode(id, new CareEpisodeRecord(start, end));
            if (carried && i < t.removed2020()) {
                care.recordRemoval(id, new RemovalRecord(day(FROM_2020, start), removedBy()));
            }
            if (!carried && i - t.carriedFrom2020() < t.removed2021()) {
                care.recordRemoval(id, new RemovalRecord(day(max(FROM_2021, start), TO_2021), removedBy()));
            }
            if (carried && i >= t.removed2020() && i < t.removed2020() + t.repatriated2020()) {
                care.recordRepatriation(id, new RepatriationRecord(t.country().equals("BD") ? "IN" : "RO", t.country(),
                        day(FROM_2020, TO_2020)));
            }
            if (i >= t.caredFor() - t.repatriated2021()) {
                care.recordRepatriation(id, new RepatriationRecord(t.country().equals("BD") ? "IN" : "AL", t.country(),
                        day(max(FROM_2021, start), TO_2021)));
            }
            for (int f = 0; f < t.followUpsEach(); f++) {
                care.logFollowUp(id, new FollowUpRecord(day(max(FROM_2021, start), TO_2021),
                        f % 3 == 0 ? ContactMode.IN_PERSON : ContactMode.PHONE, null, null));
            }
            if (t.programme().equals("UK")) {
                policeAndRecovery(id, start, i);
                if (i < INVESTIGATIONS) {
                    investigation(id, i);
                }
            }
            if (end == null) {
                // Still in care today: a recent call and the next one booked.
                LocalDate today = LocalDate.now();
                care.logFollowUp(id, new FollowUpRecord(today.minusDays(2 + random.nextInt(12)), ContactMode.PHONE,
                        "Long-term support call", today.plusDays(2 + random.nextInt(12))));
            } else {
                care.closeCase(id, end);
            }
        }
    }

    /** Police investigations UK survivors took part in, opened in March–August 2021 and closed since. */
    static final int INVESTIGATIONS = 146;

    /**
     * The report's investigative outcomes over 146 investigations: 11 further victims, 182 suspects, 130 arrests,
     * 8 new lines of enquiry, 6 charges, 92 locations identified and 49 checked.
     */
    private void investigation(long survivorId, int k) {
        investigations.report(new InvestigationService.InvestigationRecord("UK", String.format("DEMO/MSU/%04d", k + 1),
                Set.of(survivorId), day(FROM_2021, TO_2021), day(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 12, 31)),
                new InvestigationService.OutcomesRecord(
                        k < 11 ? 1 : 0, k < 36 ? 2 : 1, k < 130 ? 1 : 0, k < 8 ? 1 : 0, k < 6 ? 1 : 0, k < 92 ? 1 : 0,
                        k < 49 ? 1 : 0)));
    }

    /**
     * UK navigators' police-engagement ladder in line with the report (of 166 cared for: 156 engaged, 94%; 42 at an
     * ABE interview, 25%; 53 supporting a prosecution, 32%) and two recovery assessments each.
     */
    private void policeAndRecovery(long id, LocalDate start, int i) {
        PoliceEngagementLevel level = i < 10 ? PoliceEngagementLevel.NONE
                : i < 52 ? PoliceEngagementLevel.ABE_INTERVIEW
                : i < 105 ? PoliceEngagementLevel.SUPPORTS_PROSECUTION
                : i % 2 == 0 ? PoliceEngagementLevel.INFORMATION_ON_RECORD : PoliceEngagementLevel.INTELLIGENCE_PROVIDED;
        LocalDate sixtyDays = start.plusDays(60);
        care.recordPoliceEngagement(id, new PoliceEngagementRecord(day(start, sixtyDays.isBefore(TO_2021) ? sixtyDays : TO_2021),
                level));
        LocalDate first = day(start, start.plusDays(20));
        care.recordAssessment(id, new AssessmentRecord(first, scores(2)));
        care.recordAssessment(id, new AssessmentRecord(first.plusDays(90), scores(i % 3 == 0 ? 2 : 3)));
    }

    /** Open cases of today: recent intakes, contacts a few days ago, some follow-ups already overdue. */
    private void loadCurrentCaseload(Targets t) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < t.current(); i++) {
            LocalDate start = today.minusDays(20 + random.nextInt(150));
            long id = intake(t, start);
            care.startCareEpisode(id, new CareEpisodeRecord(start, null));
            // A third of them were due for a call a week after their last one, before today: they show as overdue.
            boolean overdue = i % 3 == 0;
            LocalDate lastContact = today.minusDays(overdue ? 8 + random.nextInt(12) : 1 + random.nextInt(6));
            LocalDate nextDue = overdue ? lastContact.plusDays(7) : today.plusDays(1 + random.nextInt(10));
            care.logFollowUp(id, new FollowUpRecord(lastContact, ContactMode.PHONE, "Regular check-in call", nextDue));
        }
    }

    private long intake(Targets t, LocalDate intakeOn) {
        personNumber++;
        Gender gender = random.nextInt(10) < 7 ? Gender.FEMININE : Gender.MASCULINE;
        ExploitationType type = t.programme().equals("UK") || t.programme().equals("RO")
                ? List.of(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_LABOUR,
                        ExploitationType.FORCED_CRIMINALITY).get(random.nextInt(3))
                : List.of(ExploitationType.SEXUAL_EXPLOITATION, ExploitationType.FORCED_LABOUR,
                        ExploitationType.FORCED_MARRIAGE).get(random.nextInt(3));
        return survivors.intake(new SurvivorService.Intake(t.programme(),
                String.format("Demo Person %04d", personNumber), null, null, null, gender,
                intakeOn.getYear() - 16 - random.nextInt(30), t.country(), Set.of(type),
                java.util.EnumSet.of(CONTROL[random.nextInt(CONTROL.length)], CONTROL[random.nextInt(CONTROL.length)]),
                RECRUITMENT[random.nextInt(RECRUITMENT.length)], Set.of(language(t.country())), intakeOn,
                personNumber % 7 == 0 ? Set.of(ConsentPurpose.SERVICES)
                        : Set.of(ConsentPurpose.SERVICES, ConsentPurpose.ANONYMOUS_STATISTICS))).id();
    }

    private static final ControlMethod[] CONTROL = {ControlMethod.DEBT_BONDAGE, ControlMethod.WITHHOLDS_DOCUMENTS,
        ControlMethod.PHYSICAL_THREATS, ControlMethod.FALSE_PROMISES, ControlMethod.RESTRICTS_MOVEMENT};
    private static final RecruitmentMethod[] RECRUITMENT = {RecruitmentMethod.FRIENDS, RecruitmentMethod.FAMILY,
        RecruitmentMethod.ONLINE_ADVERTISEMENT, RecruitmentMethod.AT_WORK};

    private static String language(String country) {
        switch (country) {
            case "BD":
                return "bn";
            case "RO":
                return "ro";
            case "TH":
                return "th";
            case "IN":
                return "hi";
            default:
                return "en";
        }
    }

    private Map<RecoveryArea, Integer> scores(int base) {
        Map<RecoveryArea, Integer> scores = new EnumMap<>(RecoveryArea.class);
        for (RecoveryArea area : RecoveryArea.values()) {
            scores.put(area, Math.min(5, base + random.nextInt(2)));
        }
        return scores;
    }

    private RemovedBy removedBy() {
        return random.nextInt(3) == 0 ? RemovedBy.NGO : RemovedBy.POLICE;
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextInt((int) span + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
