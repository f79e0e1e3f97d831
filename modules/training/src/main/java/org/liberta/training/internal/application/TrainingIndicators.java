package org.liberta.training.internal.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.TrainingRepository;

/**
 * PROFESSIONALS_TRAINED exactly as docs/domain.md defines it (distinct professionals who completed a session dated in
 * the period; someone trained twice counts once, and so does someone trained in two programmes of one column), and
 * the attendances behind it, each one aggregate query.
 */
@ApplicationScoped
public class TrainingIndicators implements TalliedIndicatorProvider {

    static final String PROFESSIONALS_TRAINED = "PROFESSIONALS_TRAINED";
    static final String TRAINING_ATTENDANCES = "TRAINING_ATTENDANCES";
    /** PROFESSIONALS_TRAINED of one profession (a breakdown: the dashboard's training by profession). */
    static final String BY_PROFESSION = PROFESSIONALS_TRAINED + "_";

    @Inject
    private TrainingRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = new ArrayList<>();
        all.add(new IndicatorDefinition(PROFESSIONALS_TRAINED, "Frontline professionals trained", 80));
        int order = 81;
        for (Profession p : Profession.values()) {
            all.add(new IndicatorDefinition(BY_PROFESSION + p, "Professionals trained: " + p.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' '), order++, PROFESSIONALS_TRAINED).asBreakdown());
        }
        all.add(new IndicatorDefinition(TRAINING_ATTENDANCES, "Training attendances (a professional at a session)", 400));
        return all;
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        return switch (code) {
            case PROFESSIONALS_TRAINED -> repository.countProfessionalsTrained(programmeIds, period.from(), period.to(),
                    null, tally);
            case TRAINING_ATTENDANCES -> repository.countAttendances(programmeIds, period.from(), period.to(), tally);
            default -> repository.countProfessionalsTrained(programmeIds, period.from(), period.to(), profession(code),
                    tally);
        };
    }

    /** Attendances belong to their session's programme; a professional trained by two programmes counts once. */
    @Override
    public boolean additive(String code) {
        return code.equals(TRAINING_ATTENDANCES);
    }

    @Override
    public java.util.Set<Role> recordsReadBy() {
        return java.util.Set.of(Role.TRAINER);
    }

    @Override
    public boolean listsRecords(String code) {
        return code.equals(TRAINING_ATTENDANCES) || code.startsWith(PROFESSIONALS_TRAINED);
    }

    /** Professionals by their number in Liberta ("PRO-42"), with their organisation or profession. */
    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        List<IndicatorRecord> page = switch (code) {
            case TRAINING_ATTENDANCES -> repository.attendanceRecords(programmeIds, period.from(), period.to(), first, max);
            case PROFESSIONALS_TRAINED -> repository.professionalsTrainedRecords(programmeIds, period.from(), period.to(),
                    null, first, max);
            default -> repository.professionalsTrainedRecords(programmeIds, period.from(), period.to(), profession(code),
                    first, max);
        };
        return page.stream().map(r -> new IndicatorRecord("PRO-" + r.reference(), r.programmeId(), r.date(), r.detail()))
                .toList();
    }

    private static Profession profession(String code) {
        try {
            if (code.startsWith(BY_PROFESSION)) {
                return Profession.valueOf(code.substring(BY_PROFESSION.length()));
            }
        } catch (IllegalArgumentException e) {
            // not a profession: unknown below
        }
        throw InvalidInputException.of("indicator", "unknown indicator " + code);
    }
}
