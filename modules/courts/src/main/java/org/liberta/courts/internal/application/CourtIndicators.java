package org.liberta.courts.internal.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.courts.internal.domain.CourtsRepository;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;

/** The headline indicators the courts own, counted in the database exactly as docs/domain.md defines them. */
@ApplicationScoped
@Transactional
public class CourtIndicators implements TalliedIndicatorProvider {

    static final String ACCUSED_ARRESTED = "ACCUSED_ARRESTED";
    static final String PROSECUTIONS_SUPPORTED = "PROSECUTIONS_SUPPORTED";
    static final String EXPLOITERS_CONVICTED = "EXPLOITERS_CONVICTED";
    /** The backlog: cases pending on the period's last day (a breakdown, for the dashboard's court backlog). */
    static final String CASES_PENDING = "COURT_CASES_PENDING";

    @Inject
    private CourtsRepository repository;

    @Override
    public List<IndicatorDefinition> indicators() {
        return List.of(new IndicatorDefinition(ACCUSED_ARRESTED, "Accused traffickers arrested", 50),
                new IndicatorDefinition(PROSECUTIONS_SUPPORTED, "Prosecutions of exploiters supported", 60),
                new IndicatorDefinition(EXPLOITERS_CONVICTED, "Exploiters convicted", 70),
                new IndicatorDefinition(CASES_PENDING, "Court cases pending at the end of the period", 71).asBreakdown());
    }

    @Override
    public Map<Long, Long> tally(String code, Period period, Collection<Long> programmeIds, Tally tally) {
        return switch (code) {
            case ACCUSED_ARRESTED -> repository.countArrested(programmeIds, period.from(), period.to(), tally);
            case PROSECUTIONS_SUPPORTED -> repository.countCasesSupported(programmeIds, period.from(), period.to(), tally);
            case EXPLOITERS_CONVICTED -> repository.countConvicted(programmeIds, period.from(), period.to(), tally);
            case CASES_PENDING -> repository.countPendingOn(programmeIds, period.to(), tally);
            default -> throw InvalidInputException.of("indicator", "unknown indicator " + code);
        };
    }

    /** Cases and accused each belong to one programme. */
    @Override
    public boolean additive(String code) {
        return true;
    }

    @Override
    public java.util.Set<Role> recordsReadBy() {
        return java.util.Set.of(Role.LAWYER);
    }

    @Override
    public boolean listsRecords(String code) {
        return List.of(PROSECUTIONS_SUPPORTED, ACCUSED_ARRESTED, EXPLOITERS_CONVICTED, CASES_PENDING).contains(code);
    }

    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        if (programmeIds.isEmpty()) {
            return List.of();
        }
        return switch (code) {
            case PROSECUTIONS_SUPPORTED -> repository.supportedCaseRecords(programmeIds, period.from(), period.to(), first,
                    max);
            case ACCUSED_ARRESTED -> repository.arrestedRecords(programmeIds, period.from(), period.to(), first, max);
            case EXPLOITERS_CONVICTED -> repository.convictedRecords(programmeIds, period.from(), period.to(), first, max);
            case CASES_PENDING -> repository.pendingCaseRecords(programmeIds, period.to(), first, max);
            default -> List.of();
        };
    }
}
