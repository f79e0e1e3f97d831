package org.liberta.reporting.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.sheets.Spreadsheets;
import org.liberta.reporting.internal.application.HeadlineExports;
import org.liberta.reporting.internal.application.HeadlineReport;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The report shown, taken away as CSV, XLSX or PDF, named for its period. */
@Named
@ViewScoped
public class ReportExportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportView page;

    @Inject
    private HeadlineExports exports;

    public StreamedContent getCsv() {
        return download(exports.csv(page.getReport()), "text/csv", "csv");
    }

    public StreamedContent getXlsx() {
        return download(exports.xlsx(page.getReport()), Spreadsheets.XLSX, "xlsx");
    }

    public StreamedContent getPdf() {
        return download(exports.pdf(page.getReport()), "application/pdf", "pdf");
    }

    private StreamedContent download(byte[] bytes, String type, String ending) {
        HeadlineReport report = page.getReport();
        return DefaultStreamedContent.builder().name("headline-report-" + report.period().from() + "-"
                + report.period().to() + "." + ending).contentType(type).stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }
}
