package org.liberta.platform.api.persistence;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * What each module's JPA repository of aggregates starts from: the one persistence unit all modules share, and
 * {@code save} and {@code flush} as their repository interfaces declare them. Queries stay in the subclass.
 */
public abstract class JpaStore {

    /** The shared persistence unit; subclasses query through it. */
    @PersistenceContext(unitName = "liberta")
    protected EntityManager em;

    public <T> T save(T entity) {
        em.persist(entity);
        return entity;
    }

    /** Writes pending changes now, so that versions and ids an answer carries are the stored ones. */
    public void flush() {
        em.flush();
    }

    /** The first row of a query, or none. */
    protected static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }
}
