package org.liberta.witness.internal.persistence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.liberta.witness.internal.domain.EscortRepository;

/** Staff and escorts in JPA. */
@ApplicationScoped
public class JpaEscortRepository implements EscortRepository {

    @PersistenceContext(unitName = "liberta")
    private EntityManager em;

    @Override
    public List<org.liberta.witness.internal.domain.Staff> staffOf(Collection<Long> programmeIds) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select s from WitnessStaff s where s.programmeId in :p"
                + " and s.active = true order by s.name, s.id", org.liberta.witness.internal.domain.Staff.class)
                .setParameter("p", programmeIds).getResultList();
    }

    @Override
    public Optional<org.liberta.witness.internal.domain.Staff> staff(long id) {
        return Optional.ofNullable(em.find(org.liberta.witness.internal.domain.Staff.class, id));
    }

    @Override
    public java.util.Set<Long> absentOn(Collection<Long> staffIds, LocalDate day) {
        return staffIds.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "select a.staffId from StaffAbsence a where a.staffId in :s and a.awayOn = :d", Long.class)
                .setParameter("s", staffIds).setParameter("d", day).getResultList());
    }

    @Override
    public List<org.liberta.witness.internal.domain.EscortAssignment> escortsOn(Collection<Long> programmeIds, LocalDate day) {
        return programmeIds.isEmpty() ? List.of() : em.createQuery("select e from EscortAssignment e where"
                + " e.programmeId in :p and e.escortOn = :d", org.liberta.witness.internal.domain.EscortAssignment.class)
                .setParameter("p", programmeIds).setParameter("d", day).getResultList();
    }

    @Override
    public Optional<org.liberta.witness.internal.domain.EscortAssignment> escortOf(long attendanceId) {
        return em.createQuery("select e from EscortAssignment e where e.attendanceId = :a",
                org.liberta.witness.internal.domain.EscortAssignment.class).setParameter("a", attendanceId)
                .getResultStream().findFirst();
    }
}
