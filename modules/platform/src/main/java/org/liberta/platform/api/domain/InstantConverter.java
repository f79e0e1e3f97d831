package org.liberta.platform.api.domain;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Instant}s as SQL timestamps. JPA 3.1 (and so the server's EclipseLink) does not map Instant
 * itself and would otherwise serialise it into a binary blob. The JVM runs in UTC (scripts/run), so the
 * column holds UTC wall-clock time on every database.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
