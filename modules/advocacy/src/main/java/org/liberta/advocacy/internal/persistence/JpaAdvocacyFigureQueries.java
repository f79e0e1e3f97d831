package org.liberta.advocacy.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.StakeholderKind;
import org.liberta.advocacy.internal.figures.AdvocacyFigureQueries;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.platform.api.indicators.Tally;
import org.liberta.platform.api.persistence.IndicatorRecords;
import org.liberta.platform.api.persistence.Tallies;

/** Advocacy' figures in SQL: aggregates in the database, never records loaded to be counted in Java. */
@ApplicationScoped
public class JpaAdvocacyFigureQueries implements AdvocacyFigureQueries {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public Map<Long, Long> countEngagements(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        // An engagement with two ministers counts once for ministers.
        String base = "from Engagement e where e.programmeId in :p and e.occurredOn >= :from and e.occurredOn <= :to";
        String met = "from Engagement e join e.stakeholderIds sid, Stakeholder s where s.id = sid and e.programmeId in :p"
                + " and e.occurredOn >= :from and e.occurredOn <= :to";
        return switch (grouping) {
            case "all" -> Tallies.run(tally, em.createQuery(tally.select("count(e)", "e.programmeId", base)),
                    programmeIds, from, to);
            case "kind" -> Tallies.run(tally, em.createQuery(tally.select("count(e)", "e.programmeId",
                    base + " and e.kind = :v")), programmeIds, from, to, "v", EngagementKind.valueOf(value));
            case "stakeholderKind" -> Tallies.run(tally, em.createQuery(tally.select("count(distinct e)", "e.programmeId",
                    met + " and s.kind = :v")), programmeIds, from, to, "v", StakeholderKind.valueOf(value));
            case "country" -> Tallies.run(tally, em.createQuery(tally.select("count(distinct e)", "e.programmeId",
                    met + " and s.country = :v")), programmeIds, from, to, "v", value);
            default -> throw new IllegalArgumentException(grouping);
        };
    }

    @Override
    public Map<Long, Long> countOutcomes(Collection<Long> programmeIds, LocalDate from, LocalDate to, String grouping,
            String value, Tally tally) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return Tallies.run(tally, em.createQuery(tally.select("count(o)", "o.programmeId", "from Outcome o where "
                + OUTCOMES_IN_PERIOD + outcomeFilter(grouping))), programmeIds, from, to, outcomeValue(grouping, value));
    }

    /** Outcomes (o) of the programmes in [:from, :to]. */
    private static final String OUTCOMES_IN_PERIOD = "o.programmeId in :p and o.occurredOn >= :from and o.occurredOn <= :to";

    private static String outcomeFilter(String grouping) {
        return switch (grouping) {
            case "all" -> "";
            case "significance" -> " and o.significance = :v";
            case "contribution" -> " and o.contribution = :v";
            default -> throw new IllegalArgumentException(grouping);
        };
    }

    private static Object[] outcomeValue(String grouping, String value) {
        return switch (grouping) {
            case "significance" -> new Object[] {"v", Outcome.Significance.valueOf(value)};
            case "contribution" -> new Object[] {"v", Outcome.Contribution.valueOf(value)};
            default -> new Object[0];
        };
    }

    @Override
    public Map<Long, Long> countCampaignsWon(Collection<Long> programmeIds, LocalDate from, LocalDate to, Tally tally) {
        return programmeIds.isEmpty() ? Map.of() : Tallies.run(tally, em.createQuery(tally.select("count(distinct c)",
                "c.programmeId", "from Campaign c, Outcome o where o.campaignId = c.id and c.programmeId in :p"
                + " and c.status in :won and o.occurredOn >= :from and o.occurredOn <= :to")), programmeIds, from, to,
                "won", List.of(CampaignStatus.WON, CampaignStatus.PARTLY_WON));
    }

    @Override
    public List<IndicatorRecord> engagementRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to, int first,
            int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select e.kind, e.programmeId,"
                + " e.occurredOn, e.summary from Engagement e where e.programmeId in :p and e.occurredOn >= :from"
                + " and e.occurredOn <= :to order by e.occurredOn, e.id", Object[].class), programmeIds, from, to, first,
                max);
    }

    @Override
    public List<IndicatorRecord> outcomeRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            String grouping, String value, int first, int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select o.significance,"
                + " o.programmeId, o.occurredOn, o.description from Outcome o where " + OUTCOMES_IN_PERIOD
                + outcomeFilter(grouping) + " order by o.occurredOn, o.id", Object[].class), programmeIds, from, to,
                first, max, outcomeValue(grouping, value));
    }

    @Override
    public List<IndicatorRecord> campaignsWonRecords(Collection<Long> programmeIds, LocalDate from, LocalDate to,
            int first, int max) {
        return programmeIds.isEmpty() ? List.of() : IndicatorRecords.page(em.createQuery("select c.title, c.programmeId,"
                + " max(o.occurredOn), c.ask from Campaign c, Outcome o where o.campaignId = c.id and c.programmeId in :p"
                + " and c.status in :won and o.occurredOn >= :from and o.occurredOn <= :to"
                + " group by c.id, c.title, c.programmeId, c.ask order by c.title, c.id", Object[].class), programmeIds,
                from, to, first, max, "won", List.of(CampaignStatus.WON, CampaignStatus.PARTLY_WON));
    }
}
