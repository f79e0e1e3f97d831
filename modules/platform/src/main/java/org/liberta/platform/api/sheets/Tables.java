package org.liberta.platform.api.sheets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.liberta.platform.api.InvalidInputException;

/**
 * A table people keep in a spreadsheet, whichever way they saved it: a CSV file, or the first sheet of an .xlsx
 * workbook (recognised by its zip signature, opened with {@link UntrustedWorkbooks}' limits). Either way the
 * first row names the columns and each data row keeps the line number the person sees.
 */
public final class Tables {

    private Tables() {
    }

    public static CsvReader.Table read(byte[] file, int maxRows) {
        boolean workbook = file != null && file.length >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3
                && file[3] == 4;
        return workbook ? readWorkbook(file, maxRows) : CsvReader.read(file, maxRows);
    }

    private static CsvReader.Table readWorkbook(byte[] file, int maxRows) {
        try (Workbook workbook = UntrustedWorkbooks.open(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            Map<String, Integer> columns = new HashMap<>();
            List<CsvReader.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int width = header == null ? Math.max(0, row.getLastCellNum()) : header.size();
                for (int c = 0; c < width; c++) {
                    String text = UntrustedWorkbooks.text(row.getCell(c));
                    cells.add(text == null ? "" : text);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    for (int i = 0; i < header.size(); i++) {
                        columns.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
                    }
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw InvalidInputException.of("file", "has more than " + maxRows + " rows; split it into smaller files");
                }
                rows.add(new CsvReader.Row(row.getRowNum() + 1, List.copyOf(cells), columns));
            }
            if (header == null) {
                throw InvalidInputException.of("file", "is empty; the first row must name the columns");
            }
            return new CsvReader.Table(header, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
