package org.liberta.platform.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * Enum codes as clients and sheets type them: trimmed, in any case, with spaces or hyphens for underscores
 * ({@code border official} is {@code BORDER_OFFICIAL}). Commands keep such fields as text checked by
 * {@link org.liberta.platform.api.Codes} and read them here once the command is valid.
 */
public final class EnumCodes {

    private EnumCodes() {
    }

    /** The constant a code names, or null when it names none (absent, blank or unknown: its {@code @Codes} says so). */
    public static <E extends Enum<E>> E read(Class<E> type, String code) {
        if (code == null || code.isBlank() || !isOne(type, code)) {
            return null;
        }
        return Enum.valueOf(type, constantName(code));
    }

    public static boolean isOne(Class<? extends Enum<?>> type, String code) {
        String wanted = constantName(code);
        return Arrays.stream(type.getEnumConstants()).anyMatch(c -> c.name().equals(wanted));
    }

    private static String constantName(String code) {
        return code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The codes as a message lists them: {@code [MEETING, LETTER]}. */
    public static String listed(Class<? extends Enum<?>> type) {
        return Arrays.toString(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray());
    }
}
