package org.liberta.platform.internal.application;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.domain.Programme;

/**
 * The ids of all programmes, for roles that see everything. There are a handful of programmes and they change
 * rarely, so they are read at most every {@link #FRESH_FOR_NANOS} and at once when this instance creates one. The
 * expiry is what keeps instances of a cluster in step: a programme another instance created is in scope here
 * within ten seconds, without a message between instances.
 */
@ApplicationScoped
public class ProgrammeIdsCache {

    static final long FRESH_FOR_NANOS = 10_000_000_000L;

    @Inject
    private PlatformRepository repository;

    private record Read(Set<Long> ids, long at) {
    }

    private volatile Read last;

    public Set<Long> ids() {
        Read current = last;
        long now = System.nanoTime();
        if (current == null || now - current.at() > FRESH_FOR_NANOS) {
            current = new Read(repository.programmes().stream().map(Programme::getId)
                    .collect(Collectors.toUnmodifiableSet()), now);
            last = current;
        }
        return current.ids();
    }

    public void invalidate() {
        last = null;
    }
}
