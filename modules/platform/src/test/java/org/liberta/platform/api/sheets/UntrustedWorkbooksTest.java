package org.liberta.platform.api.sheets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liberta.platform.api.InvalidInputException;

/** Cells as partners' workbooks hold them, read back through the upload path: saved, reopened as untrusted bytes. */
class UntrustedWorkbooksTest {

    /** Writes one row (row 2, cells from B) with the workbook API, saves it, and opens the bytes as an upload. */
    private static Row uploaded(Consumer<Row> fill) throws IOException {
        try (XSSFWorkbook written = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(written.createSheet("Case Sheet").createRow(1));
            written.write(out);
            Workbook read = UntrustedWorkbooks.open(out.toByteArray());
            return read.getSheetAt(0).getRow(1);
        }
    }

    @Test
    void cellsReadAsThePartnerSeesThem() throws IOException {
        Row row = uploaded(r -> {
            r.createCell(1).setCellValue("  Dhaka  ");
            r.createCell(2).setCellValue(7);
            r.createCell(3).setCellValue(2.5);
            r.createCell(4).setCellValue(true);
            r.createCell(5).setCellValue("31/03/2021");
            r.createCell(6).setCellValue("   ");
        });
        assertEquals("Dhaka", UntrustedWorkbooks.text(row.getCell(1)), "text is trimmed");
        assertEquals("7", UntrustedWorkbooks.text(row.getCell(2)), "a whole number as typed, not 7.0");
        assertEquals("2.5", UntrustedWorkbooks.text(row.getCell(3)));
        assertEquals("true", UntrustedWorkbooks.text(row.getCell(4)));
        assertEquals(LocalDate.of(2021, 3, 31), UntrustedWorkbooks.date(row.getCell(5)), "a day-first date typed as text");
        assertNull(UntrustedWorkbooks.text(row.getCell(6)), "spaces only are blank");
        assertNull(UntrustedWorkbooks.text(row.getCell(9)), "a missing cell is blank");
    }

    /**
     * Found by fuzzing the HTCDS reader: a number cell whose stored value is not a number (or a formula whose cached
     * number is not one) made POI throw as the cell was read, and the upload failed with a 500. No spreadsheet program writes such a cell; the file is refused
     * naming the cell.
     */
    @Test
    void aCellWhoseValueDoesNotFitItsTypeRefusesTheFileNamingTheCell() throws IOException {
        Row row = uploaded(r -> {
            Cell number = r.createCell(1);
            number.setCellValue(7);
            ((XSSFCell) number).getCTCell().setV("seven");
            Cell formula = r.createCell(2);
            formula.setCellFormula("1+1");
            ((XSSFCell) formula).getCTCell().setV("two");
        });
        for (String cell : new String[] {"B2", "C2"}) {
            Cell damaged = row.getCell(cell.charAt(0) - 'A');
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> UntrustedWorkbooks.text(damaged), cell);
            assertEquals("file", refused.errors().get(0).field());
            assertTrue(refused.errors().get(0).message().contains("cell " + cell), refused.errors().toString());
        }
        assertThrows(InvalidInputException.class, () -> UntrustedWorkbooks.date(row.getCell(1)),
                "a date column reads the same damaged number");
    }
}
