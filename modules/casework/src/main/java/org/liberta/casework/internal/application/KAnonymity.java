package org.liberta.casework.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k-anonymity as the Counter Trafficking Data Collaborative publishes: every released row's combination of
 * quasi-identifiers is shared by at least k rows, so nobody can be singled out by what a neighbour knows about
 * them (age, sex, citizenship, year, type of exploitation). Rows in rarer combinations are withheld, not altered.
 */
final class KAnonymity {

    /** The CTDC's choice; smaller k re-identifies people in small programmes. */
    static final int DEFAULT_K = 11;

    private KAnonymity() {
    }

    /** CTDC age bands at registration; a missing birth year is its own band. */
    static String ageBand(Integer birthYear, int registrationYear) {
        if (birthYear == null) {
            return "Unknown";
        }
        int age = registrationYear - birthYear;
        if (age <= 8) {
            return "0–8";
        }
        if (age <= 17) {
            return "9–17";
        }
        int[] bounds = {20, 23, 26, 29, 38, 47};
        int lower = 18;
        for (int bound : bounds) {
            if (age <= bound) {
                return lower + "–" + bound;
            }
            lower = bound + 1;
        }
        return "48+";
    }

    /**
     * The rows whose quasi-identifier combination occurs at least k times, grouped together and in a fixed order
     * (so a row's position tells nothing about when it was recorded).
     */
    static List<List<String>> release(List<List<String>> rows, int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2");
        }
        Map<List<String>, Integer> counts = new LinkedHashMap<>();
        rows.forEach(r -> counts.merge(r, 1, Integer::sum));
        List<List<String>> released = new ArrayList<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= k)
                .sorted(Map.Entry.comparingByKey(KAnonymity::compareRows))
                .forEach(e -> {
                    for (int i = 0; i < e.getValue(); i++) {
                        released.add(e.getKey());
                    }
                });
        return released;
    }

    private static int compareRows(List<String> a, List<String> b) {
        Comparator<String> text = Comparator.nullsFirst(Comparator.naturalOrder());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = text.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
