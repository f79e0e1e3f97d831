package org.liberta.training.internal.application;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Role;
import org.liberta.training.internal.domain.TrainingRepository;
import org.liberta.training.internal.domain.TrainingRepository.FigureRow;

/**
 * The training figures for a period, each counted in the database: unique professionals trained (completed a
 * session) against attendances, the completion rate, the mean knowledge gain and the share who improved (over
 * attendances with both a pre and a post score), repeat participants; and the same by profession, country,
 * organisation and course. Within the caller's programmes.
 */
@ApplicationScoped
@Transactional
public class TrainingFigures {

    static final int MAX_YEARS = 10;
    static final int TOP_ORGANISATIONS = 15;

    @Inject
    private TrainingRepository repository;

    @Inject
    private Caller caller;

    /** One group: professionals trained, attendances, completion %, mean gain (points), share improved %. */
    public record Row(String key, long trained, long attendances, Double completionPct, Double meanGain,
            Double improvedPct, long paired) {

        static Row of(FigureRow r) {
            return new Row(r.key() == null || r.key().equals("null") ? "—" : r.key(), r.trained(), r.attendances(),
                    pct(r.completed(), r.attendances()), r.meanGain() == null ? null : Math.round(r.meanGain() * 10) / 10.0,
                    pct(r.improved(), r.paired()), r.paired());
        }
    }

    public record Figures(LocalDate from, LocalDate to, Row total, long repeatParticipants, List<Row> byProfession,
            List<Row> byCountry, List<Row> byOrganisation, List<Row> byCourse) {
    }

    public Figures figures(LocalDate from, LocalDate to) {
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
        var scope = caller.programmeIds();
        List<FigureRow> all = repository.figuresBy("all", scope, from, to);
        Row total = all.isEmpty() ? new Row("all", 0, 0, null, null, null, 0) : Row.of(all.get(0));
        Comparator<Row> biggest = Comparator.comparingLong(Row::trained).reversed().thenComparing(Row::key);
        return new Figures(from, to, total, repository.countRepeatParticipants(scope, from, to),
                rows("profession", scope, from, to, biggest), rows("country", scope, from, to, biggest),
                rows("organisation", scope, from, to, biggest).stream().limit(TOP_ORGANISATIONS).toList(),
                rows("course", scope, from, to, biggest));
    }

    private List<Row> rows(String grouping, java.util.Collection<Long> scope, LocalDate from, LocalDate to,
            Comparator<Row> order) {
        return repository.figuresBy(grouping, scope, from, to).stream().map(Row::of).sorted(order).toList();
    }

    private static Double pct(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
