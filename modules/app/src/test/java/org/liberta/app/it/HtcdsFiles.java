package org.liberta.app.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** HTCDS v2.0 workbooks for the tests: the real template filled in by field name, and exports read back. */
final class HtcdsFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Path TEMPLATE = Path.of("../casework/src/test/resources/htcds/htcds-2.0-template.xlsx");

    private HtcdsFiles() {
    }

    /** The template with one row per map (field name → text), from sheet row 3. */
    static byte[] filled(List<Map<String, String>> rows) throws IOException {
        try (InputStream in = Files.newInputStream(TEMPLATE); XSSFWorkbook workbook = new XSSFWorkbook(in);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(2 + i) == null ? sheet.createRow(2 + i) : sheet.getRow(2 + i);
                rows.get(i).forEach((field, value) -> row.createCell(columns.get(field)).setCellValue(value));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The data rows of an exported workbook, as field name → displayed text. */
    static List<Map<String, String>> rows(byte[] xlsx) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<String, Integer> columns = columns(sheet);
            DataFormatter format = new DataFormatter();
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                columns.forEach((field, c) -> {
                    Cell cell = row.getCell(c);
                    if (cell != null) {
                        values.put(field, format.formatCellValue(cell));
                    }
                });
                rows.add(values);
            }
            return rows;
        }
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new HashMap<>();
        for (Cell cell : sheet.getRow(0)) {
            if (!cell.getStringCellValue().isBlank()) {
                columns.put(cell.getStringCellValue(), cell.getColumnIndex());
            }
        }
        return columns;
    }
}
