package org.liberta.platform.api.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TallyTest {

    private static final String FROM_WHERE = "from Removal r where r.programmeId in :p";

    @Test
    void aTotalIsOneAggregateAndProgrammesAreOneGroupedStatementOverTheSameText() {
        assertEquals("select count(r) " + FROM_WHERE, Tally.TOTAL.select("count(r)", "r.programmeId", FROM_WHERE));
        assertEquals("select r.programmeId, count(r) " + FROM_WHERE + " group by r.programmeId",
                Tally.BY_PROGRAMME.select("count(r)", "r.programmeId", FROM_WHERE));
    }

    @Test
    void rowsBecomeFiguresByProgrammeAndAnEmptySumCountsAsNothing() {
        assertEquals(Map.of(2L, 7L, 4L, 0L), Tally.BY_PROGRAMME.figures(List.of(new Object[] {2L, 7L},
                new Object[] {4, null})));
        assertEquals(12L, Tally.total(Tally.TOTAL.figures(List.of(12L))));
        assertEquals(0L, Tally.total(Tally.TOTAL.figures(Arrays.asList((Object) null))), "sum() over no rows is null");
        assertEquals(0L, Tally.total(Tally.TOTAL.figures(List.of())));
    }
}
