package org.liberta.advocacy.internal.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;

/**
 * The statements behind advocacy's figures: engagements and outcomes for a period (all, or of one kind, stakeholder
 * kind, country, significance or contribution), campaigns won, and the records behind each. The read side of
 * advocacy, apart from the repository of its records ({@code AdvocacyRepository}).
 */
public interface AdvocacyFigureQueries {

    /** Engagements of the programmes in [from, to] counted by the key (kind, stakeholder kind or country). */
    Map<Long, Long> countEngagements(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally);

    Map<Long, Long> countOutcomes(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally);

    /** The engagements and the outcomes of the programmes in [from, to], by kind or significance and summary. */
    List<org.liberta.platform.api.indicators.IndicatorRecord> engagementRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** {@code grouping}, {@code value} as for {@link #countOutcomes}: "all", or one significance or contribution. */
    List<org.liberta.platform.api.indicators.IndicatorRecord> outcomeRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, String grouping, String value, int first, int max);

    /** The campaigns {@link #countCampaignsWon} counts, by title, with their latest outcome in the period. */
    List<org.liberta.platform.api.indicators.IndicatorRecord> campaignsWonRecords(Collection<Long> programmeIds,
            LocalDate from, LocalDate to, int first, int max);

    /** Campaigns of the programmes whose win (whole or partial) was recorded in [from, to]: an outcome in the period. */
    Map<Long, Long> countCampaignsWon(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally);
}
