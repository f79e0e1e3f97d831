package org.liberta.witness.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.liberta.casework.api.Gender;

/**
 * Proposes escorts for one day across courts: each witness who needs one gets a staff member who is free that day
 * and not already escorting someone else, of the gender the witness asked for when they asked, preferably from the
 * court's district. Witnesses who asked for a gender are placed first, since fewer staff can go with them.
 */
final class EscortPlanner {

    /** A witness needing an escort on the day: the court's district and the gender asked for (or null). */
    record Need(long attendanceId, String district, Gender wanted) {
    }

    /** A staff member free that day. */
    record Candidate(long staffId, Gender gender, String homeDistrict) {
    }

    private EscortPlanner() {
    }

    /** Attendance id → proposed staff id; a witness nobody suitable is free for maps to null. */
    static Map<Long, Long> propose(List<Need> needs, List<Candidate> free) {
        List<Need> order = new ArrayList<>(needs);
        order.sort(Comparator.comparing((Need n) -> n.wanted() == null).thenComparing(Need::attendanceId));
        Set<Long> booked = new HashSet<>();
        Map<Long, Long> proposals = new LinkedHashMap<>();
        for (Need need : order) {
            Candidate chosen = free.stream()
                    .filter(c -> !booked.contains(c.staffId()))
                    .filter(c -> need.wanted() == null || need.wanted() == c.gender())
                    .min(Comparator.comparing((Candidate c) -> !Objects.equals(c.homeDistrict(), need.district()))
                            .thenComparingLong(Candidate::staffId))
                    .orElse(null);
            proposals.put(need.attendanceId(), chosen == null ? null : chosen.staffId());
            if (chosen != null) {
                booked.add(chosen.staffId());
            }
        }
        return proposals;
    }
}
