package org.liberta.platform.api.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes {@code .xlsx} files row by row, streaming (only a window of rows in memory), with dates as real dates,
 * numbers as numbers and every text neutralised against formula injection. One writer, one workbook.
 */
public final class SheetWriter implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private Sheet sheet;
    private int nextRow;

    public SheetWriter() {
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
    }

    /** Starts a new sheet; rows go to it from the top. */
    public SheetWriter sheet(String name) {
        sheet = workbook.createSheet(name);
        nextRow = 0;
        return this;
    }

    /** A row in bold, for column headings. */
    public SheetWriter header(List<String> labels) {
        Row row = write(labels.toArray());
        row.forEach(c -> c.setCellStyle(headerStyle));
        return this;
    }

    /** A row Excel hides (machine-readable field names, as the HTCDS template has). */
    public SheetWriter hiddenRow(List<String> values) {
        write(values.toArray()).setZeroHeight(true);
        return this;
    }

    public SheetWriter row(Object... values) {
        write(values);
        return this;
    }

    private Row write(Object[] values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (v instanceof Number) {
                cell.setCellValue(((Number) v).doubleValue());
            } else if (v instanceof LocalDate) {
                cell.setCellValue((LocalDate) v);
                cell.setCellStyle(dateStyle);
            } else if (v instanceof Boolean) {
                cell.setCellValue((Boolean) v);
            } else {
                cell.setCellValue(CellSafety.neutralise(v.toString()));
            }
        }
        return row;
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // Temporary files are removed by close(); a failure leaves only a temp file behind.
        }
    }
}
