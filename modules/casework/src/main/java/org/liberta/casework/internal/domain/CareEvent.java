package org.liberta.casework.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.liberta.platform.api.domain.VersionedEntity;

/**
 * What every event in a survivor's care has: the survivor, the survivor's programme (copied so indicators count
 * by programme without a join) and the day it happened, which orders the timeline.
 */
@MappedSuperclass
public abstract class CareEvent extends VersionedEntity {

    @Column(name = "survivor_id", nullable = false)
    private long survivorId;

    @Column(name = "programme_id", nullable = false)
    private long programmeId;

    protected CareEvent() {
    }

    protected CareEvent(Survivor survivor) {
        this.survivorId = survivor.getId();
        this.programmeId = survivor.getProgrammeId();
    }

    public long getSurvivorId() {
        return survivorId;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    /** Events of one survivor in the order they happened: by day, then in the order they were recorded. */
    public static <T extends CareEvent> List<T> chronological(Collection<T> events) {
        return events.stream().sorted(Comparator.comparing(CareEvent::day).thenComparing(CareEvent::getId)).toList();
    }

    /** The day the event is shown under in the timeline. */
    public abstract LocalDate day();

    /** The event's kind as the timeline and API name it, e.g. {@code FOLLOW_UP}. */
    public abstract String kind();

    /** The event's facts beyond its day, keyed by their API field names. */
    public abstract Map<String, Object> details();
}
