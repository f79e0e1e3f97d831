package org.liberta.training.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Role;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.figures.TrainingFigureQueries.GroupTotals;
import org.liberta.training.internal.figures.TrainingFigureQueries;

/**
 * The training figures for a period, counted in the database: unique professionals trained (completed a session)
 * against attendances, the completion rate, the mean knowledge gain and the share who improved (over attendances
 * with both a pre and a post score), repeat participants; the same by profession, country and course (and, asked
 * apart, by organisation). One grouped query gives every additive count; people are counted distinctly per
 * breakdown in one query each. Within the caller's programmes.
 */
@ApplicationScoped
@Transactional
public class TrainingFigures {

    static final int MAX_YEARS = 10;
    static final int TOP_ORGANISATIONS = 15;

    @Inject
    private TrainingRepository repository;

    @Inject
    private TrainingFigureQueries queries;

    @Inject
    private Caller caller;

    /** One group: professionals trained, attendances, completion %, mean gain (points), share improved %. */
    public record Row(String key, Long trained, long attendances, Double completionPct, Double meanGain,
            Double improvedPct, long paired) implements Serializable {
    }

    public record Figures(LocalDate from, LocalDate to, Row total, long repeatParticipants, List<Row> byProfession,
            List<Row> byCountry, List<Row> byCourse) implements Serializable {
    }

    /** Additive counts of one group, summed from the grouped query's rows. */
    static final class Sums {
        long attendances;
        long completed;
        long paired;
        long gainSum;
        long improved;

        void add(GroupTotals g) {
            attendances += g.attendances();
            completed += g.completed() ? g.attendances() : 0;
            paired += g.paired();
            gainSum += g.gainSum();
            improved += g.improved();
        }

        Row row(String key, Long trained) {
            return new Row(key, trained, attendances, pct(completed, attendances),
                    paired == 0 ? null : Math.round(10.0 * gainSum / paired) / 10.0, pct(improved, paired), paired);
        }
    }

    public Figures figures(LocalDate from, LocalDate to) {
        var scope = checkedScope(from, to);
        List<GroupTotals> groups = queries.figureGroups(scope, from, to);
        Sums all = new Sums();
        groups.forEach(all::add);
        long[] people = queries.trainedAndRepeating(scope, from, to);
        Map<String, Long> byProfession = new java.util.HashMap<>();
        Map<String, Long> byCountry = new java.util.HashMap<>();
        for (Object[] r : queries.trainedByProfessionAndCountry(scope, from, to)) {
            long n = ((Number) r[2]).longValue();
            byProfession.merge(String.valueOf(r[0]), n, Long::sum);
            byCountry.merge(String.valueOf(r[1]), n, Long::sum);
        }
        Map<String, String> courseTitles = new java.util.HashMap<>();
        repository.courses().forEach(c -> courseTitles.put(String.valueOf(c.getId()), c.getTitle()));
        return new Figures(from, to, all.row("all", people[0]), people[1],
                breakdown(groups, GroupTotals::profession, byProfession, k -> k),
                breakdown(groups, GroupTotals::country, byCountry, k -> k),
                // Per course the figures are attendances, completion and gains; people are counted per period above.
                breakdown(groups, g -> g.courseId() == null ? null : String.valueOf(g.courseId()), null,
                        k -> courseTitles.getOrDefault(k, k)));
    }

    /** The organisations that trained the most people in the period (asked apart: it reads more of the table). */
    public List<Row> byOrganisation(LocalDate from, LocalDate to) {
        var scope = checkedScope(from, to);
        List<Row> top = breakdown(queries.organisationGroups(scope, from, to), GroupTotals::key,
                queries.trainedBy("organisation", scope, from, to), k -> k).stream().limit(TOP_ORGANISATIONS).toList();
        Map<String, String> names = queries.organisationNames(top.stream().map(Row::key).toList());
        return top.stream().map(r -> new Row(names.getOrDefault(r.key(), r.key()), r.trained(), r.attendances(),
                r.completionPct(), r.meanGain(), r.improvedPct(), r.paired())).toList();
    }

    /** Rows of one breakdown from the grouped counts; {@code trained} per key, or null where people are not counted. */
    private static List<Row> breakdown(List<GroupTotals> groups, Function<GroupTotals, String> keyOf,
            Map<String, Long> trained, Function<String, String> label) {
        Map<String, Sums> sums = new LinkedHashMap<>();
        groups.forEach(g -> sums.computeIfAbsent(String.valueOf(keyOf.apply(g)), k -> new Sums()).add(g));
        return sums.entrySet().stream().map(e -> e.getValue().row(e.getKey().equals("null") ? "—" : label.apply(e.getKey()),
                trained == null ? null : trained.getOrDefault(e.getKey(), 0L)))
                .sorted(Comparator.comparing((Row r) -> r.trained() == null ? r.attendances() : r.trained()).reversed()
                        .thenComparing(Row::key)).toList();
    }

    private Collection<Long> checkedScope(LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.TRAINER, Role.PARTNER, Role.MEL, Role.ADMIN);
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "is required");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "must not be after to");
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw InvalidInputException.of("to", "the period may be at most " + MAX_YEARS + " years");
        }
        return caller.programmeIds();
    }

    static Double pct(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
