package org.liberta.training.internal.application;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;
import org.liberta.training.internal.domain.TrainingRepository;

/**
 * PROFESSIONALS_TRAINED exactly as DOMAIN.md defines it (distinct professionals who completed a session dated in
 * the period; someone trained twice counts once, and so does someone trained in two programmes of one column), and
 * the attendances behind it, each one aggregate query.
 */
@ApplicationScoped
public class TrainingIndicators implements IndicatorProvider {

    static final String PROFESSIONALS_TRAINED = "PROFESSIONALS_TRAINED";
    static final String TRAINING_ATTENDANCES = "TRAINING_ATTENDANCES";

    @Inject
    private TrainingRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(PROFESSIONALS_TRAINED, "Frontline professionals trained", 80),
                new IndicatorDefinition(TRAINING_ATTENDANCES, "Training attendances (a professional at a session)", 400));
    }

    @Override
    public long count(String code, Period period, Collection<Long> programmeIds) {
        return switch (code) {
            case PROFESSIONALS_TRAINED -> repository.countProfessionalsTrained(programmeIds, period.from(), period.to());
            case TRAINING_ATTENDANCES -> repository.countAttendances(programmeIds, period.from(), period.to());
            default -> throw InvalidInputException.of("indicator", "unknown indicator " + code);
        };
    }
}
