package org.liberta.platform.api.sheets;

/**
 * Spreadsheet formula injection: a value that starts with {@code = + - @}, a tab or a carriage return is run as
 * a formula by Excel and LibreOffice when an exported file is opened. Every value an export writes as text goes
 * through {@link #neutralise}, which puts an apostrophe in front so it shows as the text it is.
 */
public final class CellSafety {

    private CellSafety() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
