package org.liberta.platform.api.sheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.documents.ZipBombGuard;

/**
 * Opens spreadsheets that partners upload, which nobody vouches for. Only {@code .xlsx} (a zip) is accepted; the
 * zip is checked for bombs ({@link ZipBombGuard}: too many parts, inflating too far or too much) before POI
 * builds anything, and POI keeps its own limits on text as it reads; formulas are never evaluated: a formula cell reads as the value Excel last cached, and text
 * that merely looks like a formula stays text (exports neutralise it). Every failure is a 400 naming the file.
 */
public final class UntrustedWorkbooks {

    /** Uploads larger than this are refused before parsing; a 5,000-row HTCDS sheet is well under 1 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Strict: 31/02/2021 is an error, not quietly the 28th. */
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            strict("d/M/uuuu"), strict("d.M.uuuu"), strict("d-M-uuuu"));

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    static {
        // A real workbook's XML compresses about 10:1; 1:100 or worse is a bomb.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        ZipSecureFile.setMaxTextSize(20L * 1024 * 1024);
    }

    private UntrustedWorkbooks() {
    }

    /** Opens the workbook or explains, under the field {@code file}, why it cannot be read. */
    public static Workbook open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw InvalidInputException.of("file", "is not an Excel .xlsx workbook");
        }
        ZipBombGuard.check(bytes, "file");
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (why.contains("zip bomb")) {
                throw InvalidInputException.of("file", "expands far beyond its size (a zip bomb?) and was not opened");
            }
            throw InvalidInputException.of("file", "is not a readable Excel .xlsx workbook");
        }
    }

    /** The cell as the user sees it, trimmed; null when blank. Formula cells give their cached value. */
    public static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String value = readStored(cell, () -> switch (storedType(cell)) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> null;
        });
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A date cell, or text in ISO ({@code 2021-03-31}) or day-first ({@code 31/03/2021}) form, as partners type
     * them; null when blank; {@link DateTimeParseException} when it is not a date.
     */
    public static LocalDate date(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (storedType(cell) == CellType.NUMERIC) {
            LocalDateTime when = readStored(cell, cell::getLocalDateTimeCellValue);
            return when == null ? null : when.toLocalDate();
        }
        return parseDate(text(cell));
    }

    private static CellType storedType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** A whole number as typed (7, not 7.0); any other as Java writes it. */
    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * POI parses a cell's stored value only when it is read, trusting the type the cell declares: a number cell
     * holding "abc", or a text cell pointing past the workbook's shared strings, throws there. No spreadsheet program
     * writes such a cell, so the file is refused naming the cell, rather than failing the upload with a 500.
     */
    private static <T> T readStored(Cell cell, Supplier<T> value) {
        try {
            return value.get();
        } catch (RuntimeException damaged) {
            throw InvalidInputException.of("file", "cell " + cell.getAddress().formatAsString()
                    + " is damaged (its value does not fit its type): open the workbook in Excel and save it again");
        }
    }

    /** Parses a typed date in the accepted forms. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // next format
            }
        }
        throw new DateTimeParseException("not a date", text, 0);
    }
}
