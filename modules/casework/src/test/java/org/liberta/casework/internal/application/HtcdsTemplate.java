package org.liberta.casework.internal.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The real HTCDS v2.0 template, filled in by field name the way a partner's tool would. */
final class HtcdsTemplate implements AutoCloseable {

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private final CellStyle dateStyle;

    HtcdsTemplate() throws IOException {
        try (InputStream in = HtcdsTemplate.class.getResourceAsStream("/htcds/htcds-2.0-template.xlsx")) {
            workbook = new XSSFWorkbook(in);
        }
        sheet = workbook.getSheetAt(0);
        for (Cell cell : sheet.getRow(0)) {
            columns.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /** Sets a cell of sheet row {@code line} (1-based, as Excel numbers rows) under the field name. */
    HtcdsTemplate set(int line, String field, Object value) {
        Row row = sheet.getRow(line - 1) == null ? sheet.createRow(line - 1) : sheet.getRow(line - 1);
        Cell cell = row.createCell(columns.get(field));
        if (value instanceof LocalDate) {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(dateStyle);
        } else {
            cell.setCellValue(value.toString());
        }
        return this;
    }

    HtcdsTemplate formula(int line, String field, String formula) {
        Row row = sheet.getRow(line - 1) == null ? sheet.createRow(line - 1) : sheet.getRow(line - 1);
        row.createCell(columns.get(field)).setCellFormula(formula);
        return this;
    }

    /** A complete, valid survivor on the line. */
    HtcdsTemplate person(int line, String first, String second, LocalDate birthdate) {
        return set(line, "prs_FirstName", first).set(line, "prs_SecondName", second).set(line, "prs_Birthdate", birthdate)
                .set(line, "prs_Gender", "Feminine").set(line, "prs_Citizenship", "BD")
                .set(line, "con_Consent", "Yes").set(line, "vic_MethodOfRecruitment", "Through friends or social events")
                .set(line, "vic_MethodsOfControl", "Debt bondage ;Withholds documents")
                .set(line, "vic_TypeOfExploitation", "Sexual exploitation;Forced labour")
                .set(line, "cas_Status", "Active").set(line, "cas_IncomingReferralDate", LocalDate.of(2021, 4, 2));
    }

    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
