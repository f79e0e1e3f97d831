package org.liberta.witness.internal.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingInfo;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.TalliedIndicatorProvider;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * The witness attendance rate (docs/domain.md: witnesses who attended ÷ witnesses required, for hearings in P) as two
 * counts, the second the denominator of the first, so the report shows the rate beside them.
 */
@ApplicationScoped
public class WitnessIndicators implements TalliedIndicatorProvider {

    static final String WITNESSES_REQUIRED = "WITNESSES_REQUIRED";
    static final String WITNESSES_ATTENDED = "WITNESSES_ATTENDED";

    @Inject
    private WitnessRepository repository;

    @Inject
    private CourtRecords courts;

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

    /** An attendance belongs to its hearing's programme. */
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
        return WITNESSES_REQUIRED.equals(code) || WITNESSES_ATTENDED.equals(code);
    }

    /**
     * Each attendance by its court case's number, the day of the hearing, and the witness's role, court and whether
     * they came; never the witness's name (victim witnesses are survivors) nor the free-text reason they did not.
     */
    @Override
    public List<IndicatorRecord> records(String code, Period period, Collection<Long> programmeIds, int first, int max) {
        if (programmeIds.isEmpty() || !listsRecords(code)) {
            return List.of();
        }
        List<Attendance> page = repository.recordedAttendances(programmeIds, period.from(), period.to(),
                WITNESSES_ATTENDED.equals(code), first, max);
        Map<Long, HearingInfo> hearings = courts.hearings(page.stream().map(Attendance::getHearingId).distinct().toList());
        return page.stream().map(a -> new IndicatorRecord(
                hearings.containsKey(a.getHearingId()) ? hearings.get(a.getHearingId()).caseNumber() : "—",
                a.getProgrammeId(), a.getHearingAt().toLocalDate(),
                a.getWitnessRole() + " · " + a.getCourtName() + " · "
                        + (Boolean.TRUE.equals(a.getAttended()) ? "attended" : "did not attend"))).toList();
    }
}
