package org.liberta.platform.api.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.liberta.platform.api.InvalidInputException;

/**
 * A date-time as a client sent it. docs/api.md promises ISO-8601 with an offset ({@code 2026-02-01T10:00:00+06:00},
 * {@code …T04:00:00Z}); a bare one ({@code 2026-02-01T10:00}) is also taken, as the wall-clock time of the place it
 * concerns, because that is how a clerk reads it off a cause list. Which place is only known once the record is,
 * so the service resolves it with {@link #at(ZoneId)}.
 */
public final class ClientDateTime {

    private final LocalDateTime local;
    private final OffsetDateTime withOffset;

    private ClientDateTime(LocalDateTime local, OffsetDateTime withOffset) {
        this.local = local;
        this.withOffset = withOffset;
    }

    /** A wall-clock time typed on a page, where the place is the record's own. */
    public static ClientDateTime local(LocalDateTime local) {
        return local == null ? null : new ClientDateTime(local, null);
    }

    public static ClientDateTime instant(OffsetDateTime withOffset) {
        return withOffset == null ? null : new ClientDateTime(null, withOffset);
    }

    /** Parses a body or query value; null or blank is null; anything else unreadable is a 400 naming {@code field}. */
    public static ClientDateTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return new ClientDateTime(null, OffsetDateTime.parse(value));
        } catch (DateTimeParseException withoutOffset) {
            try {
                return new ClientDateTime(LocalDateTime.parse(value), null);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, MESSAGE);
            }
        }
    }

    /** What {@link #parse} answers for text that is not a date-time. */
    public static final String MESSAGE = "must be an ISO-8601 date-time with offset, e.g. 2026-02-01T10:00:00+06:00";

    /** The wall-clock time in {@code zone}: the same instant when an offset was given, the time as given when not. */
    public LocalDateTime at(ZoneId zone) {
        return withOffset == null ? local : withOffset.atZoneSameInstant(zone).toLocalDateTime();
    }

    @Override
    public String toString() {
        return withOffset == null ? local.toString() : withOffset.toString();
    }
}
