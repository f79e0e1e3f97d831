package org.liberta.training.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.training.internal.application.CertificateService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The session's certificates: issuing them to everyone who completed it, reissuing, revoking with a reason, the PDF. */
@Named("sessionCertificates")
@ViewScoped
public class SessionCertificatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SessionPageView page;

    @Inject
    private CertificateService certificateService;

    private String revokeReason;

    public void issueCertificates() {
        if (UiFeedback.attempt(() -> certificateService.issueForSession(page.getSession().id()), null)) {
            UiFeedback.info(UiFeedback.text(TrainingMenu.BUNDLE, "certificates.issued"));
            page.reload();
        }
    }

    public void reissue(long certificateId) {
        if (UiFeedback.attempt(() -> certificateService.reissue(certificateId), null)) {
            page.reload();
        }
    }

    public void revoke(long certificateId) {
        if (UiFeedback.attempt(() -> certificateService.revoke(certificateId, revokeReason), null)) {
            revokeReason = null;
            page.reload();
        }
    }

    public StreamedContent pdf(long certificateId) {
        return DefaultStreamedContent.builder().name("certificate-" + certificateId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(certificateService.pdf(certificateId))).build();
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
