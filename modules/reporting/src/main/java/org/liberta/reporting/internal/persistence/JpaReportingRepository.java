package org.liberta.reporting.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.persistence.JpaStore;
import org.liberta.reporting.internal.domain.ReportingRepository;
import org.liberta.reporting.internal.domain.Snapshot;
import org.liberta.reporting.internal.domain.Target;

@ApplicationScoped
public class JpaReportingRepository extends JpaStore implements ReportingRepository {

    @Override
    public Optional<Snapshot> snapshot(long id) {
        return Optional.ofNullable(em.find(Snapshot.class, id));
    }

    @Override
    public List<Snapshot> snapshots(int max) {
        return em.createQuery("select s from ReportSnapshot s order by s.publishedAt desc, s.id desc", Snapshot.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Snapshot> latestSnapshotOf(LocalDate from, LocalDate to) {
        return em.createQuery("select s from ReportSnapshot s where s.periodFrom = :from and s.periodTo = :to"
                + " order by s.publishedAt desc, s.id desc", Snapshot.class).setParameter("from", from)
                .setParameter("to", to).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Target> targets(LocalDate from, LocalDate to) {
        return em.createQuery("select t from ReportTarget t where t.periodFrom = :from and t.periodTo = :to", Target.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public Optional<Target> target(String indicatorCode, LocalDate from, LocalDate to, String programmeCode) {
        return em.createQuery("select t from ReportTarget t where t.indicatorCode = :c and t.periodFrom = :from"
                + " and t.periodTo = :to and t.programmeCode = :p", Target.class).setParameter("c", indicatorCode)
                .setParameter("from", from).setParameter("to", to).setParameter("p", programmeCode)
                .getResultStream().findFirst();
    }
}
