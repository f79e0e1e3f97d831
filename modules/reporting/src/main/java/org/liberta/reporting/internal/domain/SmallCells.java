package org.liberta.reporting.internal.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small-cell suppression for reports that leave the charity: a count of people from 1 to k − 1 could point at
 * someone, so it is not shown (primary suppression); and where cells add up to a shown total (the programmes of
 * the direct column, the direct column and the funded partners of the incl. column), a single hidden cell could be
 * recomputed from the others, so the smallest other non-zero cell of that sum is hidden too (secondary suppression;
 * a hidden zero would protect nothing where zeros are known), until no sum has exactly one hidden cell. Zero is
 * shown: it names nobody.
 */
public final class SmallCells {

    /** A sum the table shows: the total's cell and the cells that add up to it. */
    public record Sum(String total, List<String> parts) {
    }

    private SmallCells() {
    }

    /** The cells to hide, given each cell's count (absent cells are not shown at all). */
    public static Set<String> suppressed(Map<String, Long> cells, List<Sum> sums, int k) {
        Set<String> hidden = new HashSet<>();
        cells.forEach((cell, value) -> {
            if (value != null && value > 0 && value < k) {
                hidden.add(cell);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                List<String> members = new java.util.ArrayList<>(sum.parts());
                members.add(sum.total());
                members.removeIf(c -> !cells.containsKey(c));
                long hiddenCount = members.stream().filter(hidden::contains).count();
                if (hiddenCount == 1) {
                    Optional<String> complement = members.stream().filter(c -> !hidden.contains(c))
                            .min(Comparator.comparing((String c) -> cells.get(c) == 0).thenComparingLong(c -> cells.get(c))
                                    .thenComparing(c -> c));
                    if (complement.isPresent()) {
                        hidden.add(complement.get());
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }
}
