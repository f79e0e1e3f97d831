package org.liberta.platform.web;

import java.io.Serializable;
import java.time.ZoneOffset;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.PagedLazyModel;
import org.liberta.platform.api.ui.PeriodPicker;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.AuditTrail.AuditRecord;
import org.liberta.platform.internal.application.AuditTrail.ChainVerification;
import org.liberta.platform.internal.application.AuditTrail;
import org.liberta.platform.internal.domain.AuditQuery;

/** The audit trail, filtered by user, record and dates, paged in the database; and the chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    private String user;
    private String recordType;
    private String recordId;
    private String action;
    private final PeriodPicker period = PeriodPicker.unbounded();
    private ChainVerification verification;
    private PagedLazyModel<AuditRecord> model;

    @PostConstruct
    void init() {
        AuditTrail service = trail;
        model = new PagedLazyModel<>(page -> service.search(query(), page), AuditRecord::seq);
    }

    private AuditQuery query() {
        return new AuditQuery(blank(recordType), blank(recordId), blank(user), blank(action),
                period.getFrom() == null ? null : period.getFrom().atStartOfDay().toInstant(ZoneOffset.UTC),
                period.getTo() == null ? null : period.getTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public void verify() {
        verification = trail.verify();
        if (verification.intact()) {
            UiFeedback.info(UiFeedback.text("audit.intact") + " (" + verification.checked() + ")");
        } else {
            UiFeedback.error(UiFeedback.text("audit.broken") + " #" + verification.firstBrokenSeq());
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public PagedLazyModel<AuditRecord> getModel() {
        return model;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public PeriodPicker getPeriod() {
        return period;
    }
}
