package org.liberta.courts.internal.application;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.time.CountryZones;

/**
 * The time a programme's courts sit in. Hearings are stored as the court's wall-clock time; this turns them into
 * answers with an offset, and reads a client's date-time as that court's time.
 */
@ApplicationScoped
public class CourtZones {

    @Inject
    private Programmes programmes;

    public ZoneId of(long programmeId) {
        return CountryZones.of(programmes.byId(programmeId).map(ProgrammeSummary::country).orElse(null));
    }

    /** Zones looked up once per programme, for a list of many hearings. */
    public Memo memo() {
        return new Memo();
    }

    public final class Memo {

        private final Map<Long, ZoneId> zones = new HashMap<>();

        private Memo() {
        }

        public OffsetDateTime withOffset(LocalDateTime courtTime, long programmeId) {
            return courtTime == null ? null
                    : CountryZones.withOffset(courtTime, zones.computeIfAbsent(programmeId, CourtZones.this::of));
        }
    }
}
