package org.liberta.platform.internal.application;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;

/**
 * The ids of all programmes, for roles that see everything. There are a handful of programmes and they
 * change rarely, so they are read once and refreshed whenever one is created.
 */
@ApplicationScoped
public class ProgrammeIdsCache {

    @Inject
    private PlatformRepository repository;

    private volatile Set<Long> ids;

    public Set<Long> ids() {
        Set<Long> current = ids;
        if (current == null) {
            current = repository.programmes().stream().map(Programme::getId).collect(Collectors.toUnmodifiableSet());
            ids = current;
        }
        return current;
    }

    public void invalidate() {
        ids = null;
    }
}
