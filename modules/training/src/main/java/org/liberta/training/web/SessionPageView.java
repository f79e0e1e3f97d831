package org.liberta.training.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.AttendeeService.AttendeeDetail;
import org.liberta.training.internal.application.AttendeeService;
import org.liberta.training.internal.application.CertificateService.CertificateDetail;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.TrainingService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One session and who attended: the attendance list (completion toggled in place, the mean knowledge gain, the CSV)
 * and the certificates. Entering attendance ({@link AttendeeEntryView}) and the certificates' actions
 * ({@link SessionCertificatesView}) have beans of their own.
 */
@Named("sessionPage")
@ViewScoped
public class SessionPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private AttendeeService attendees;

    @Inject
    private CertificateService certificateService;

    private Long id;
    private TrainingService.SessionDetail session;
    private List<AttendeeDetail> list = List.of();
    private List<CertificateDetail> certificates = List.of();

    /** f:viewAction: loads the session, or goes back to the list when it is not the caller's. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            session = training.session(RecordPage.idOrNone(id));
            list = attendees.attendees(session.id());
            certificates = certificateService.certificates(session.id());
        });
    }

    public void toggleCompleted(AttendeeDetail a) {
        if (UiFeedback.attempt(() -> attendees.update(session.id(), a.attendanceId(), !a.completed(), null), null)) {
            reload();
        }
    }

    /** Reads the session, its attendees and certificates again after a change. */
    public void reload() {
        session = training.session(session.id());
        list = attendees.attendees(session.id());
        certificates = certificateService.certificates(session.id());
    }

    public List<CertificateDetail> getCertificates() {
        return certificates;
    }

    /** The session's mean knowledge gain, over attendees with both scores; null when nobody has both. */
    public Double getMeanGain() {
        return list.stream().map(AttendeeDetail::knowledgeGain).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).average().stream().map(g -> Math.round(g * 10) / 10.0).boxed().findFirst()
                .orElse(null);
    }

    public StreamedContent getExport() {
        long id = session.id();
        return DefaultStreamedContent.builder().name("session-" + id + "-attendance.csv").contentType("text/csv")
                .stream(() -> new java.io.ByteArrayInputStream(attendees.attendeesCsv(id)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingService.SessionDetail getSession() {
        return session;
    }

    public List<AttendeeDetail> getList() {
        return list;
    }
}
