package org.liberta.casework.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.internal.application.DataProtectionService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * An administrator's data-protection work on one survivor's file: a legal hold (which stops retention erasing it),
 * a subject access copy as a PDF, and erasure on request, which destroys the identity for good while the
 * pseudonymous record stays in the figures. The service checks the role; the page shows this only to administrators.
 */
@Named
@ViewScoped
public class SurvivorDataProtectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private DataProtectionService dataProtection;

    private String legalHoldReason;
    private String erasureReason;

    public void placeLegalHold() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> dataProtection.placeLegalHold(survivorId, legalHoldReason));
    }

    public void releaseLegalHold() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> dataProtection.releaseLegalHold(survivorId));
    }

    public void erase() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> dataProtection.erase(survivorId, erasureReason));
    }

    public StreamedContent getSubjectAccessFile() {
        long survivorId = file.getSurvivor().id();
        return DefaultStreamedContent.builder().name("subject-access-" + file.getSurvivor().reference() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(dataProtection.subjectAccessPdf(survivorId))).build();
    }

    public String getLegalHoldReason() {
        return legalHoldReason;
    }

    public void setLegalHoldReason(String legalHoldReason) {
        this.legalHoldReason = legalHoldReason;
    }

    public String getErasureReason() {
        return erasureReason;
    }

    public void setErasureReason(String erasureReason) {
        this.erasureReason = erasureReason;
    }
}
