package org.liberta.witness.internal.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * The witness attendance rate (DOMAIN.md: witnesses who attended ÷ witnesses required, for hearings in P) as two
 * counts, the second the denominator of the first, so the report shows the rate beside them.
 */
@ApplicationScoped
public class WitnessIndicators implements TalliedIndicatorProvider {

    static final String WITNESSES_REQUIRED = "WITNESSES_REQUIRED";
    static final String WITNESSES_ATTENDED = "WITNESSES_ATTENDED";

    @Inject
    private WitnessRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(WITNESSES_REQUIRED, "Witnesses required at hearings that sat", 300),
                new IndicatorDefinition(WITNESSES_ATTENDED, "Witnesses who attended", 310, WITNESSES_REQUIRED));
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        return switch (code) {
            case WITNESSES_REQUIRED -> repository.countRecordedAttendances(programmeIds, period.from(), period.to(), false,
                    tally);
            case WITNESSES_ATTENDED -> repository.countRecordedAttendances(programmeIds, period.from(), period.to(), true,
                    tally);
            default -> throw InvalidInputException.of("indicator", "unknown indicator " + code);
        };
    }
}
