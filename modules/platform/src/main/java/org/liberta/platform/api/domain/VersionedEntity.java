package org.liberta.platform.api.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Id and optimistic-lock version for every mutable record. Ids come from a table generator with a generous
 * allocation size: it works the same on H2 and MySQL (which has no sequences) and keeps batch writing possible,
 * unlike IDENTITY columns.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Id
    @TableGenerator(name = "liberta_ids", table = "plt_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "liberta", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "liberta_ids")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** Checks the version a client read against the current one: a stale update must not overwrite. */
    public boolean isVersion(long expected) {
        return version == expected;
    }
}
