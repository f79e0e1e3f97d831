package org.liberta.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.liberta.platform.api.Period;
import org.liberta.platform.api.indicators.IndicatorDefinition;
import org.liberta.platform.api.indicators.IndicatorProvider;

/** How many times a report asks a module for its figures: once per figure, and once per period when additive. */
class MemoisedProviderTest {

    private static final Period MARCH_TO_AUGUST = new Period(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 8, 31));
    private static final Set<Long> DIRECT = Set.of(1L, 2L);
    private static final Set<Long> EVERY = Set.of(1L, 2L, 3L);

    /** Follow-ups (additive) and professionals trained (one person may be trained by two programmes). */
    private static final class Counting implements IndicatorProvider {
        final List<String> asked = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public List<IndicatorDefinition> indicators() {
            return List.of();
        }

        @Override
        public boolean additive(String code) {
            return !code.equals("PROFESSIONALS_TRAINED");
        }

        @Override
        public Set<String> countedWith(String code) {
            return code.startsWith("SURVIVORS") ? Set.of("SURVIVORS_CARED_FOR", "SURVIVORS_SUPPORTING") : Set.of(code);
        }

        @Override
        public Map<String, Map<Long, Long>> countTogetherByProgramme(Set<String> codes, Period period,
                Collection<Long> programmeIds) {
            asked.add("together " + new java.util.TreeSet<>(codes) + " " + programmeIds.size());
            Map<String, Map<Long, Long>> figures = new HashMap<>();
            codes.forEach(code -> figures.put(code, Map.of(1L, 5L, 3L, code.endsWith("SUPPORTING") ? 1L : 9L)));
            return figures;
        }

        @Override
        public long count(String code, Period period, Collection<Long> programmeIds) {
            asked.add("count " + code + " " + programmeIds.size());
            return code.equals("FOLLOW_UPS") ? programmeIds.stream().mapToLong(id -> id * 10).sum() : 7;
        }

        @Override
        public Map<Long, Long> countByProgramme(String code, Period period, Collection<Long> programmeIds) {
            asked.add("byProgramme " + code + " " + programmeIds.size());
            Map<Long, Long> figures = new HashMap<>();
            programmeIds.forEach(id -> figures.put(id, id * 10));
            return figures;
        }
    }

    @Test
    void anAdditiveIndicatorIsCountedOnceByProgrammeAndEachColumnIsItsSum() {
        Counting module = new Counting();
        IndicatorProvider report = MemoisedProvider.of(module, EVERY);
        assertEquals(30, report.count("FOLLOW_UPS", MARCH_TO_AUGUST, DIRECT));
        assertEquals(60, report.count("FOLLOW_UPS", MARCH_TO_AUGUST, EVERY));
        assertEquals(Map.of(1L, 10L, 2L, 20L, 3L, 30L), report.countByProgramme("FOLLOW_UPS", MARCH_TO_AUGUST, EVERY));
        assertEquals(Map.of(3L, 30L), report.countByProgramme("FOLLOW_UPS", MARCH_TO_AUGUST, Set.of(3L)));
        assertEquals(30, report.count("FOLLOW_UPS", MARCH_TO_AUGUST.yearEarlier(), DIRECT));
        assertEquals(List.of("byProgramme FOLLOW_UPS 3", "byProgramme FOLLOW_UPS 3"), module.asked,
                "one statement per period");
    }

    @Test
    void indicatorsCountedTogetherAreAskedForOnceTogether() {
        Counting module = new Counting();
        IndicatorProvider report = MemoisedProvider.of(module, EVERY);
        assertEquals(5, report.count("SURVIVORS_CARED_FOR", MARCH_TO_AUGUST, DIRECT));
        assertEquals(14, report.count("SURVIVORS_CARED_FOR", MARCH_TO_AUGUST, EVERY));
        assertEquals(Map.of(1L, 5L, 2L, 0L, 3L, 1L), report.countByProgramme("SURVIVORS_SUPPORTING", MARCH_TO_AUGUST, EVERY));
        assertEquals(List.of("together [SURVIVORS_CARED_FOR, SURVIVORS_SUPPORTING] 3"), module.asked);
    }

    @Test
    void anIndicatorThatIsNotAdditiveIsCountedForEachColumnButNeverTwice() {
        Counting module = new Counting();
        IndicatorProvider report = MemoisedProvider.of(module, EVERY);
        assertEquals(7, report.count("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, DIRECT));
        assertEquals(7, report.count("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, DIRECT));
        assertEquals(7, report.count("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, EVERY));
        report.countByProgramme("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, EVERY);
        assertEquals(List.of("count PROFESSIONALS_TRAINED 2", "count PROFESSIONALS_TRAINED 3",
                "byProgramme PROFESSIONALS_TRAINED 3"), module.asked);
    }

    @Test
    void countingBothPeriodsAheadOnTwoThreadsLeavesTheLinesNothingToAsk() {
        Counting module = new Counting();
        MemoisedProvider report = MemoisedProvider.of(module, EVERY);
        List<String> codes = List.of("FOLLOW_UPS", "PROFESSIONALS_TRAINED", "SURVIVORS_CARED_FOR");
        Period comparison = MARCH_TO_AUGUST.yearEarlier();
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CompletableFuture.allOf(
                    java.util.concurrent.CompletableFuture.runAsync(
                            () -> report.countAhead(codes, MARCH_TO_AUGUST, List.of(DIRECT, EVERY), true), threads),
                    java.util.concurrent.CompletableFuture.runAsync(
                            () -> report.countAhead(codes, comparison, List.of(DIRECT), false), threads)).join();
        } finally {
            threads.shutdown();
        }
        List<String> ahead = new ArrayList<>(module.asked);
        java.util.Collections.sort(ahead);
        assertEquals(List.of("byProgramme FOLLOW_UPS 3", "byProgramme FOLLOW_UPS 3", "byProgramme PROFESSIONALS_TRAINED 3",
                "count PROFESSIONALS_TRAINED 2", "count PROFESSIONALS_TRAINED 2", "count PROFESSIONALS_TRAINED 3",
                "together [SURVIVORS_CARED_FOR, SURVIVORS_SUPPORTING] 3",
                "together [SURVIVORS_CARED_FOR, SURVIVORS_SUPPORTING] 3"), ahead, "each figure once per period");

        // What the report's lines then read: every column of the period, the Direct column of the comparison.
        assertEquals(30, report.count("FOLLOW_UPS", MARCH_TO_AUGUST, DIRECT));
        assertEquals(60, report.count("FOLLOW_UPS", MARCH_TO_AUGUST, EVERY));
        assertEquals(30, report.count("FOLLOW_UPS", comparison, DIRECT));
        assertEquals(7, report.count("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, EVERY));
        assertEquals(7, report.count("PROFESSIONALS_TRAINED", comparison, DIRECT));
        assertEquals(Map.of(1L, 10L, 2L, 20L, 3L, 30L), report.countByProgramme("PROFESSIONALS_TRAINED", MARCH_TO_AUGUST, EVERY));
        assertEquals(14, report.count("SURVIVORS_CARED_FOR", comparison, EVERY));
        assertEquals(8, module.asked.size(), "nothing asked twice");
    }
}
