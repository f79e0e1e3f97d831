package org.liberta.platform.api.sheets;

/** Media types of the files Liberta reads and writes. */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private Spreadsheets() {
    }
}
