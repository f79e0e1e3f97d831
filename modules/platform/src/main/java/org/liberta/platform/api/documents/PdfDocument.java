package org.liberta.platform.api.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A plain, readable A4 PDF built up from headings, key–value lists and tables: subject-access files and reports.
 * Text is set in Liberation Sans (shipped inside OpenPDF, embedded in the file) so Romanian diacritics print.
 */
public final class PdfDocument {

    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);
    private static final Color SHADE = new Color(0xF2, 0xF2, 0xF2);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font body;
    private final Font bold;
    private final Font title;
    private final Font heading;

    public PdfDocument(String titleText, String subtitle) {
        this(titleText, subtitle, false);
    }

    /** A landscape A4 document, for tables wider than they are long (a report with a column per programme). */
    public static PdfDocument landscape(String titleText, String subtitle) {
        return new PdfDocument(titleText, subtitle, true);
    }

    private PdfDocument(String titleText, String subtitle, boolean landscape) {
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 48, 48);
        BaseFont base = font();
        body = new Font(base, 9.5f);
        bold = new Font(base, 9.5f, Font.BOLD);
        title = new Font(base, 17f, Font.BOLD);
        heading = new Font(base, 12.5f, Font.BOLD);
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.addTitle(titleText);
        document.addCreator("Liberta");
        document.open();
        add(new Paragraph(titleText, title));
        if (subtitle != null) {
            add(new Paragraph(subtitle, body));
        }
    }

    private static BaseFont font() {
        try (InputStream in = PdfDocument.class.getResourceAsStream("/font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, false);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    public PdfDocument heading(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        return add(p);
    }

    public PdfDocument paragraph(String text) {
        return add(new Paragraph(text, body));
    }

    /** Label and value pairs, two columns, in the map's order; null values print as a dash. */
    public PdfDocument facts(Map<String, ?> facts) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.4f});
        table.setWidthPercentage(100);
        facts.forEach((label, value) -> {
            table.addCell(cell(label, bold, SHADE));
            table.addCell(cell(value == null ? "—" : value.toString(), body, null));
        });
        return add(table);
    }

    /** A table with a shaded header row; long tables repeat the header on each page. */
    public PdfDocument table(List<String> headers, List<? extends List<?>> rows) {
        return table(headers, rows, null);
    }

    /** The same, with relative column widths (a wide first column for labels, say). */
    public PdfDocument table(List<String> headers, List<? extends List<?>> rows, float[] widths) {
        PdfPTable table = widths == null ? new PdfPTable(headers.size()) : new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(cell(h, bold, SHADE)));
        for (List<?> row : rows) {
            for (Object value : row) {
                PdfPCell cell = cell(value == null ? "" : value.toString(), body, null);
                if (value instanceof Number) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return add(table);
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private PdfDocument add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    public byte[] toBytes() {
        document.close();
        return out.toByteArray();
    }
}
