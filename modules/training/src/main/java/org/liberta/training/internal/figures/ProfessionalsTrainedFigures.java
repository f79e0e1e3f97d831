package org.liberta.training.internal.figures;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.indicators.DeclaredFigures;
import org.liberta.platform.api.indicators.Figure;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorRecord;
import org.liberta.training.internal.domain.Profession;

/**
 * PROFESSIONALS_TRAINED exactly as docs/domain.md defines it (distinct professionals who completed a session dated
 * in the period; someone trained twice counts once, and so does someone trained by two programmes of one column,
 * so it is counted for each column), the same by profession, and the attendances behind it, which belong to their
 * session's programme and add up. Each is one aggregate statement.
 */
@ApplicationScoped
public class ProfessionalsTrainedFigures extends DeclaredFigures {

    static final String PROFESSIONALS_TRAINED = "PROFESSIONALS_TRAINED";
    static final String TRAINING_ATTENDANCES = "TRAINING_ATTENDANCES";

    @Inject
    private TrainingFigureQueries queries;

    @Override
    protected List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        figures.add(trained(new IndicatorDefinition(PROFESSIONALS_TRAINED, "Frontline professionals trained", 80), null));
        // The same of one profession each: breakdowns, for the dashboard's training by profession.
        int order = 81;
        for (Profession p : Profession.values()) {
            figures.add(trained(new IndicatorDefinition(PROFESSIONALS_TRAINED + "_" + p, "Professionals trained: "
                    + p.name().toLowerCase(Locale.ROOT).replace('_', ' '), order++, PROFESSIONALS_TRAINED).asBreakdown(), p));
        }
        figures.add(Figure.additive(new IndicatorDefinition(TRAINING_ATTENDANCES,
                        "Training attendances (a professional at a session)", 400),
                (period, programmes, tally) -> queries.countAttendances(programmes, period.from(), period.to(), tally))
                .listing((period, programmes, first, max) -> numbered(
                        queries.attendanceRecords(programmes, period.from(), period.to(), first, max))));
        return figures;
    }

    /** Who besides M&amp;E and administrators reads the records behind training's figures: the trainers. */
    @Override
    public Set<Role> recordsReadBy() {
        return Set.of(Role.TRAINER);
    }

    /** Professionals trained, of one profession or (null) all. */
    private Figure trained(IndicatorDefinition definition, Profession profession) {
        return Figure.counted(definition, (period, programmes, tally) ->
                        queries.countProfessionalsTrained(programmes, period.from(), period.to(), profession, tally))
                .listing((period, programmes, first, max) -> numbered(queries.professionalsTrainedRecords(programmes,
                        period.from(), period.to(), profession, first, max)));
    }

    /** Professionals by their number in Liberta ("PRO-42"), with their organisation or profession. */
    private static List<IndicatorRecord> numbered(Collection<IndicatorRecord> page) {
        return page.stream().map(r -> new IndicatorRecord("PRO-" + r.reference(), r.programmeId(), r.date(), r.detail()))
                .toList();
    }
}
