package org.liberta.platform.api.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * The time zone a programme's courts, offices and hearings keep. Times of day are stored as the wall-clock time
 * of that place (a hearing "at ten" stays at ten when the clocks change); answers carry the offset so that a
 * client anywhere reads the instant right.
 */
public final class CountryZones {

    /** Countries with one civil time; a programme elsewhere is taken as UTC until it is listed here. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("GB", ZoneId.of("Europe/London")), Map.entry("IE", ZoneId.of("Europe/Dublin")),
            Map.entry("RO", ZoneId.of("Europe/Bucharest")), Map.entry("MD", ZoneId.of("Europe/Chisinau")),
            Map.entry("BD", ZoneId.of("Asia/Dhaka")), Map.entry("IN", ZoneId.of("Asia/Kolkata")),
            Map.entry("TH", ZoneId.of("Asia/Bangkok")), Map.entry("NP", ZoneId.of("Asia/Kathmandu")),
            Map.entry("PK", ZoneId.of("Asia/Karachi")), Map.entry("LK", ZoneId.of("Asia/Colombo")),
            Map.entry("MM", ZoneId.of("Asia/Yangon")), Map.entry("KH", ZoneId.of("Asia/Phnom_Penh")),
            Map.entry("VN", ZoneId.of("Asia/Ho_Chi_Minh")), Map.entry("PH", ZoneId.of("Asia/Manila")),
            Map.entry("NG", ZoneId.of("Africa/Lagos")), Map.entry("AL", ZoneId.of("Europe/Tirane")),
            Map.entry("BG", ZoneId.of("Europe/Sofia")), Map.entry("PL", ZoneId.of("Europe/Warsaw")),
            Map.entry("UA", ZoneId.of("Europe/Kyiv")));

    private CountryZones() {
    }

    /** The zone of an ISO 3166-1 alpha-2 country; UTC for one not listed or null. */
    public static ZoneId of(String countryCode) {
        return countryCode == null ? ZoneId.of("UTC")
                : ZONES.getOrDefault(countryCode.strip().toUpperCase(Locale.ROOT), ZoneId.of("UTC"));
    }

    /** A wall-clock time of the zone with the offset it had there then; null stays null. */
    public static OffsetDateTime withOffset(LocalDateTime local, ZoneId zone) {
        return local == null ? null : local.atZone(zone).toOffsetDateTime();
    }
}
