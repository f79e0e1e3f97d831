package org.liberta.witness.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Staff, their absences and the escorts assigned to take witnesses to court. Saved through {@link WitnessRepository#save}. */
public interface EscortRepository {

    List<Staff> staffOf(Collection<Long> programmeIds);

    Optional<Staff> staff(long id);

    /** Staff ids away on the day. */
    Set<Long> absentOn(Collection<Long> staffIds, LocalDate day);

    List<EscortAssignment> escortsOn(Collection<Long> programmeIds, LocalDate day);

    Optional<EscortAssignment> escortOf(long attendanceId);
}
