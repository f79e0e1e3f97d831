package org.liberta.witness.internal.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.api.CaseId;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.demo.DemoDataContributor;
import org.liberta.courts.api.CaseWitness;
import org.liberta.courts.api.HearingInfo;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;
import org.liberta.witness.internal.domain.WitnessTask;

/**
 * Brings the plans the courts' demo witnesses received to life, dated relative to today: some witnesses already
 * confirmed (with transport booked for some), some unreachable after three calls, and some calls overdue, so the
 * work queue and the at-risk list have something to show on any day the demo starts; and three Bangladeshi staff
 * in different districts to escort witnesses.
 */
@ApplicationScoped
@Transactional
public class WitnessDemoData implements DemoDataContributor {

    @Inject
    private WitnessRepository repository;

    @Inject
    private Programmes programmes;

    @Inject
    private org.liberta.courts.api.CourtRecords courts;

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void loadDemoData() {
        programmes.byCode("BD").ifPresent(bd -> {
            repository.save(new org.liberta.witness.internal.domain.Staff(bd.id(), "Shirin Akter",
                    org.liberta.casework.api.Gender.FEMININE, "Jessore"));
            repository.save(new org.liberta.witness.internal.domain.Staff(bd.id(), "Nasima Begum",
                    org.liberta.casework.api.Gender.FEMININE, "Dhaka"));
            repository.save(new org.liberta.witness.internal.domain.Staff(bd.id(), "Rafiq Hasan",
                    org.liberta.casework.api.Gender.MASCULINE, "Khulna"));
        });
        LocalDate today = LocalDate.now();
        List<Long> all = programmes.all().stream().map(p -> p.id()).toList();
        List<Attendance> upcoming = repository.attendancesBetween(all, today.atStartOfDay(), today.plusDays(90).atStartOfDay());
        List<WitnessTask> tasks = repository.tasksOf(upcoming.stream().map(Attendance::getId).toList());
        for (int i = 0; i < upcoming.size(); i++) {
            Attendance a = upcoming.get(i);
            List<WitnessTask> own = tasks.stream().filter(t -> t.getAttendanceId() == a.getId()).toList();
            if (i % 3 == 0) {
                own.stream().filter(t -> t.getKind() == WitnessTask.Kind.CALL)
                        .forEach(t -> t.complete("CONFIRMED", "Will come; needs the fare in advance", "lawyer.bd"));
                a.advanceTo(Attendance.Status.CONFIRMED);
                if (i % 2 == 0) {
                    own.stream().filter(t -> t.getKind() == WitnessTask.Kind.BOOK_TRANSPORT)
                            .forEach(t -> t.complete("DONE", "Bus tickets bought", "lawyer.bd"));
                    a.advanceTo(Attendance.Status.TRANSPORT_BOOKED);
                }
            } else if (i % 5 == 1) {
                for (int call = 0; call < AttendanceRules.FAILED_CONTACTS; call++) {
                    a.contactFailed();
                }
            } else if (i % 4 == 2) {
                repository.save(new WitnessTask(a, WitnessTask.Kind.CALL, today.minusDays(1 + i % 3)));
            }
        }
        history(upcoming.stream().map(Attendance::getCaseId).distinct().toList());
    }

    /**
     * The programme's record on the same cases: each witness at each hearing the case has had, most confirmed and
     * most there (fewer when the hearing was adjourned), so the figures have a history and some witnesses carry
     * a missed hearing into the next.
     */
    private void history(List<Long> caseIds) {
        int k = 0;
        for (long caseId : caseIds) {
            List<CaseWitness> witnesses = courts.witnessesOf(CaseId.of(caseId));
            for (HearingInfo h : courts.pastHearings(CaseId.of(caseId))) {
                for (CaseWitness w : witnesses) {
                    k++;
                    Attendance a = repository.save(new Attendance(h.id().value(), caseId, h.programmeId(), w.id().value(), h.scheduledAt().toLocalDateTime())
                            .describedAs(w.role().name(), h.court()));
                    a.remindersPlanned();
                    if (k % 5 != 0) {
                        a.advanceTo(Attendance.Status.CONFIRMED);
                    }
                    boolean held = "HELD".equals(h.outcome());
                    boolean came = held ? k % 7 != 3 : k % 3 != 0;
                    a.attended(came, came ? null : "did not come");
                    if (came) {
                        a.examined(held, "not reached");
                    }
                }
            }
        }
    }
}
