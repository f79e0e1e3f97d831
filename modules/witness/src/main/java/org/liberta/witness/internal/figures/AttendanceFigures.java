package org.liberta.witness.internal.figures;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.courts.api.CourtRecords;
import org.liberta.courts.api.HearingInfo;
import org.liberta.courts.api.HearingId;
import org.liberta.platform.api.Period;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DeclaredFigures;
import org.liberta.platform.api.indicators.Figure;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.witness.internal.domain.Attendance;
import org.liberta.witness.internal.domain.WitnessRepository;

/**
 * The witness attendance rate (docs/domain.md: witnesses who attended ÷ witnesses required, for hearings in the
 * period) as two figures, the second with the first as its denominator, so the report shows the rate beside them.
 * An attendance belongs to its hearing's programme, so both add up across programmes.
 */
@ApplicationScoped
public class AttendanceFigures extends DeclaredFigures {

    static final String WITNESSES_REQUIRED = "WITNESSES_REQUIRED";
    static final String WITNESSES_ATTENDED = "WITNESSES_ATTENDED";

    @Inject
    private WitnessRepository repository;

    @Inject
    private WitnessFigureQueries queries;

    @Inject
    private CourtRecords courts;

    @Override
    protected List<Figure> figures() {
        return List.of(
                Figure.additive(new IndicatorDefinition(WITNESSES_REQUIRED, "Witnesses required at hearings that sat", 300),
                        (period, programmes, tally) -> queries.countRecordedAttendances(programmes, period.from(),
                                period.to(), false, tally))
                        .listing((period, programmes, first, max) -> attendances(period, programmes, false, first, max)),
                Figure.additive(new IndicatorDefinition(WITNESSES_ATTENDED, "Witnesses who attended", 310,
                                WITNESSES_REQUIRED),
                        (period, programmes, tally) -> queries.countRecordedAttendances(programmes, period.from(),
                                period.to(), true, tally))
                        .listing((period, programmes, first, max) -> attendances(period, programmes, true, first, max)));
    }

    /** Who besides M&amp;E and administrators reads the attendances behind the figures: the lawyers. */
    @Override
    public Set<Role> recordsReadBy() {
        return Set.of(Role.LAWYER);
    }

    /**
     * Each attendance by its court case's number, the day of the hearing, and the witness's role, court and whether
     * they came; never the witness's name (victim witnesses are survivors) nor the free-text reason they did not.
     */
    private List<IndicatorRecord> attendances(Period period, Collection<Long> programmeIds, boolean attendedOnly,
            int first, int max) {
        List<Attendance> page = queries.recordedAttendances(programmeIds, period.from(), period.to(), attendedOnly,
                first, max);
        Map<HearingId, HearingInfo> hearings = courts.hearings(page.stream().map(Attendance::hearing).distinct().toList());
        return page.stream().map(a -> new IndicatorRecord(
                hearings.containsKey(a.hearing()) ? hearings.get(a.hearing()).caseNumber() : "—",
                a.getProgrammeId(), a.getHearingAt().toLocalDate(),
                a.getWitnessRole() + " · " + a.getCourtName() + " · "
                        + (Boolean.TRUE.equals(a.getAttended()) ? "attended" : "did not attend"))).toList();
    }
}
