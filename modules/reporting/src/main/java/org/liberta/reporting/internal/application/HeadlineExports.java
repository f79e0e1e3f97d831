package org.liberta.reporting.internal.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.documents.PdfDocument;
import org.liberta.platform.api.sheets.CsvWriter;
import org.liberta.platform.api.sheets.SheetWriter;
import org.liberta.reporting.internal.domain.ChangeLabel;

/**
 * The headline report laid out like the published table, as CSV, XLSX and PDF: indicator, direct work, the
 * previous period and the change, incl. funded joint operations, then one column per programme, the joint
 * operations that are not funded last under their own heading. A rate's percentages follow on a line of their own.
 * Suppressed cells read "&lt; k".
 */
@ApplicationScoped
public class HeadlineExports {

    public byte[] csv(HeadlineReport report) {
        CsvWriter csv = new CsvWriter();
        csv.row(header(report));
        rows(report).forEach(csv::row);
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(HeadlineReport report) {
        try (SheetWriter sheet = new SheetWriter()) {
            sheet.sheet("Headline report");
            sheet.row(title(report));
            sheet.row(subtitle(report));
            sheet.header(header(report));
            rows(report).forEach(r -> sheet.row(r.toArray()));
            return sheet.toBytes();
        }
    }

    public byte[] pdf(HeadlineReport report) {
        PdfDocument pdf = PdfDocument.landscape(title(report), subtitle(report));
        List<String> header = header(report);
        float[] widths = new float[header.size()];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 4f; // the indicator's label reads on one or two lines
        pdf.table(header, rows(report), widths);
        pdf.paragraph("Direct work: the charity's own programmes. Incl. funded joint ops: direct work and the partners it"
                + " funds. Joint operations it supports without funding are shown apart and in neither total. Counts of"
                + " people are distinct within a column." + (report.minimumCell() == null ? ""
                        : " Counts below " + report.minimumCell() + ", and cells that would reveal them, are suppressed."));
        return pdf.toBytes();
    }

    static String title(HeadlineReport report) {
        return "Headline report " + report.period().from() + " – " + report.period().to();
    }

    private static String subtitle(HeadlineReport report) {
        return "Compared with " + report.comparison().from() + " – " + report.comparison().to()
                + ("external".equals(report.audience()) ? " · for an external audience" : "");
    }

    static List<String> header(HeadlineReport report) {
        List<String> header = new ArrayList<>(List.of("Indicator", "Direct", "Previous", "Change", "Incl. funded joint ops"));
        for (HeadlineReport.Column c : report.programmes()) {
            header.add("JOINT_OPERATION".equals(c.relationship()) ? "Joint operation: " + c.name() : c.name());
        }
        return header;
    }

    static List<List<Object>> rows(HeadlineReport report) {
        String small = report.minimumCell() == null ? "" : "< " + report.minimumCell();
        List<List<Object>> rows = new ArrayList<>();
        for (HeadlineReport.Line line : report.indicators()) {
            List<Object> row = new ArrayList<>();
            row.add(line.label());
            row.add(cell(line.direct(), line.suppressed().contains(HeadlineReportService.DIRECT), small));
            row.add(cell(line.directPrevious(), line.suppressed().contains(HeadlineReportService.PREVIOUS), small));
            row.add(ChangeLabel.of(line.direct(), line.directPrevious(), line.directChangePct()));
            row.add(cell(line.inclFundedJointOps(), line.suppressed().contains(HeadlineReportService.INCL), small));
            for (HeadlineReport.Column c : report.programmes()) {
                row.add(cell(line.byProgramme().get(c.code()), line.suppressed().contains(c.code()), small));
            }
            rows.add(row);
            if (line.rate() != null) {
                List<Object> pct = new ArrayList<>();
                pct.add("   as % of " + line.rate().denominator());
                pct.add(percent(line.rate().directPct()));
                pct.add("");
                pct.add("");
                pct.add(percent(line.rate().inclFundedJointOpsPct()));
                for (HeadlineReport.Column c : report.programmes()) {
                    pct.add(percent(line.rate().byProgrammePct().get(c.code())));
                }
                rows.add(pct);
            }
        }
        return rows;
    }

    private static Object cell(Long value, boolean suppressed, String small) {
        return suppressed ? small : value;
    }

    private static String percent(Long value) {
        return value == null ? "" : value + "%";
    }
}
