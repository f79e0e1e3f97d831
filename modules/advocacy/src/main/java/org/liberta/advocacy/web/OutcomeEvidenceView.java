package org.liberta.advocacy.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.EvidenceService;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.platform.api.ui.UiFeedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The evidence of the campaign's outcomes: listed under each, uploaded for the outcome chosen, downloaded. */
@Named("outcomeEvidence")
@ViewScoped
public class OutcomeEvidenceView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignPageView page;

    @Inject
    private EvidenceService evidence;

    private Map<Long, List<EvidenceInfo>> evidenceByOutcome;
    private Long evidenceFor;

    /** A file chosen as evidence of the outcome selected beside the upload. */
    public void uploadEvidence(FileUploadEvent event) {
        if (getEvidenceFor() == null) {
            UiFeedback.error(UiFeedback.text(AdvocacyMenu.BUNDLE, "evidence.outcome") + ": "
                    + UiFeedback.text("ui.required"));
            return;
        }
        if (UiFeedback.attempt(() -> evidence.upload(evidenceFor, event.getFile().getFileName(),
                new ByteArrayInputStream(event.getFile().getContent())), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "evidence.saved"));
            evidenceByOutcome = null;
            page.reload();
        }
    }

    public StreamedContent evidenceFile(long evidenceId) {
        EvidenceService.EvidenceFile file = evidence.download(evidenceId);
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.contentType())
                .stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    /** The outcome's evidence, read for the whole campaign once per view and again after an upload. */
    public List<EvidenceInfo> evidenceOf(long outcomeId) {
        if (evidenceByOutcome == null) {
            evidenceByOutcome = evidence.evidenceOfCampaign(page.getCampaign().id());
        }
        return evidenceByOutcome.getOrDefault(outcomeId, List.of());
    }

    /** The outcome the upload is for: the one chosen, the one just recorded, or else the first. */
    public Long getEvidenceFor() {
        if (evidenceFor == null && !page.getOutcomes().isEmpty()) {
            evidenceFor = page.getOutcomes().get(0).id();
        }
        return evidenceFor;
    }

    public void setEvidenceFor(Long evidenceFor) {
        this.evidenceFor = evidenceFor;
    }
}
