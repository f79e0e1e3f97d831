package org.liberta.witness.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.witness.internal.application.WitnessSafetyService.ContactRuleChange;
import org.liberta.witness.internal.application.WitnessSafetyService.Overview;
import org.liberta.witness.internal.application.WitnessSafetyService;

/** One witness's safety: how they may be contacted, and intimidation concerns raised and closed. */
@Named
@ViewScoped
public class WitnessSafetyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WitnessSafetyService safety;

    private Long id;
    private Overview overview;
    private String preferredChannel;
    private Integer safeFromHour;
    private Integer safeToHour;
    private String whoMayCall;
    private long version;
    private String concern;
    private String resolution;

    /** f:viewAction: loads the witness, or goes back to the work queue when they are not the caller's. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            show(safety.overview(RecordPage.idOrNone(id)));
        });
    }

    private void show(Overview o) {
        overview = o;
        preferredChannel = o.rule().preferredChannel();
        safeFromHour = o.rule().safeFromHour();
        safeToHour = o.rule().safeToHour();
        whoMayCall = o.rule().whoMayCall();
        version = o.rule().version();
    }

    public void saveRule() {
        ContactRuleChange change = new ContactRuleChange(preferredChannel, safeFromHour, safeToHour, whoMayCall, version);
        if (UiFeedback.attempt(() -> safety.changeContactRule(id, change), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "safety.saved"));
            show(safety.overview(id));
        }
    }

    public void raiseConcern() {
        if (UiFeedback.attempt(() -> safety.raiseConcern(id, concern), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "concern.raised.ok"));
            concern = null;
            show(safety.overview(id));
        }
    }

    public void closeConcern(long concernId) {
        if (UiFeedback.attempt(() -> safety.closeConcern(id, concernId, resolution), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "concern.closed"));
            resolution = null;
            show(safety.overview(id));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Overview getOverview() {
        return overview;
    }

    public String getPreferredChannel() {
        return preferredChannel;
    }

    public void setPreferredChannel(String preferredChannel) {
        this.preferredChannel = preferredChannel;
    }

    public Integer getSafeFromHour() {
        return safeFromHour;
    }

    public void setSafeFromHour(Integer safeFromHour) {
        this.safeFromHour = safeFromHour;
    }

    public Integer getSafeToHour() {
        return safeToHour;
    }

    public void setSafeToHour(Integer safeToHour) {
        this.safeToHour = safeToHour;
    }

    public String getWhoMayCall() {
        return whoMayCall;
    }

    public void setWhoMayCall(String whoMayCall) {
        this.whoMayCall = whoMayCall;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }
}
