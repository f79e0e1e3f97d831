package org.liberta.training.internal.application;

import org.junit.jupiter.api.Test;
import org.liberta.training.internal.application.TrainingFigures.Row;
import org.liberta.training.internal.application.TrainingFigures.Sums;
import org.liberta.training.internal.figures.TrainingFigureQueries.GroupTotals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TrainingFiguresTest {

    @Test
    void aGroupsFiguresAddUpFromTheGroupedRowsWithGainsOverPairedScoresOnly() {
        Sums police = new Sums();
        // 30 completed, 24 with both scores, gains summing to 300, 20 improved; 10 did not complete, 2 paired.
        police.add(new GroupTotals("POLICE", "GB", 1L, null, true, 30, 24, 300, 20));
        police.add(new GroupTotals("POLICE", "BD", 1L, null, false, 10, 2, -4, 0));
        Row row = police.row("POLICE", 28L);
        assertEquals(28L, row.trained(), "people, counted distinctly elsewhere");
        assertEquals(40, row.attendances());
        assertEquals(75.0, row.completionPct());
        assertEquals(11.4, row.meanGain(), "296 points over 26 paired attendances");
        assertEquals(76.9, row.improvedPct(), "20 of 26");
    }

    @Test
    void nothingToDivideByGivesNoFigureRatherThanZero() {
        Row empty = new Sums().row("all", 0L);
        assertNull(empty.completionPct());
        assertNull(empty.meanGain());
        assertNull(empty.improvedPct());
        assertEquals(98.1, TrainingFigures.pct(1020, 1040));
    }
}
