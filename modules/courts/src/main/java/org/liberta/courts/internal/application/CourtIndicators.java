package org.liberta.courts.internal.application;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;

/** The headline indicators the courts own, counted in the database exactly as DOMAIN.md defines them. */
@ApplicationScoped
@Transactional
public class CourtIndicators implements IndicatorProvider {

    static final String ACCUSED_ARRESTED = "ACCUSED_ARRESTED";
    static final String PROSECUTIONS_SUPPORTED = "PROSECUTIONS_SUPPORTED";
    static final String EXPLOITERS_CONVICTED = "EXPLOITERS_CONVICTED";

    @Inject
    private CourtsRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(ACCUSED_ARRESTED, "Accused traffickers arrested", 50),
                new IndicatorDefinition(PROSECUTIONS_SUPPORTED, "Prosecutions of exploiters supported", 60),
                new IndicatorDefinition(EXPLOITERS_CONVICTED, "Exploiters convicted", 70));
    }

    @Override
    public long count(String code, Period period, Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return 0;
        }
        switch (code) {
            case ACCUSED_ARRESTED:
                return repository.countArrested(programmeIds, period.from(), period.to());
            case PROSECUTIONS_SUPPORTED:
                return repository.countCasesSupported(programmeIds, period.from(), period.to());
            case EXPLOITERS_CONVICTED:
                return repository.countConvicted(programmeIds, period.from(), period.to());
            default:
                throw InvalidInputException.of("indicator", "unknown indicator " + code);
        }
    }

    @Override
    public boolean listsRecords(String code) {
        return PROSECUTIONS_SUPPORTED.equals(code);
    }

    @Override
    public List<org.liberta.platform.api.indicators.IndicatorRecord> records(String code, Period period,
            Collection<Long> programmeIds, int first, int max) {
        return PROSECUTIONS_SUPPORTED.equals(code) && !programmeIds.isEmpty()
                ? repository.supportedCaseRecords(programmeIds, period.from(), period.to(), first, max) : List.of();
    }
}
