package org.liberta.platform.api.persistence;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * Edits of a record someone else may be editing at the same moment, on this instance or another. Comparing the
 * version a client read with the one loaded earlier in the transaction is not enough: two requests can both load
 * version 3, both pass the comparison and both write. So the record is re-read from the database under a row lock
 * ({@code SELECT … FOR UPDATE}) before the comparison: the second editor waits for the first to commit, then sees
 * the new version and gets a conflict. JPA's {@code UPDATE … WHERE version = ?} stays underneath as the last word.
 */
public interface RecordLocks {

    /**
     * Locks the record for the rest of the transaction, refreshed to what the database holds, and checks the version
     * the editor saw when one is given.
     *
     * @throws org.liberta.platform.api.ConflictException with {@code conflict} as its message when the version is stale
     */
    <T extends VersionedEntity> T forEdit(T record, Long versionSeen, String conflict);

    /**
     * Writes the transaction's changes now, so an edit's answer carries the version the database holds (JPA raises
     * the version only when it writes) and a conflict surfaces inside the service, not at commit.
     */
    void writeNow();
}
