package org.liberta.casework.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.internal.application.CareService;
import org.liberta.casework.internal.application.CareService.TimelineEntry;
import org.liberta.casework.internal.application.InvestigationService;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorDetail;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * A survivor's file: who (pseudonymised), the timeline of their care, their investigations and the recovery chart.
 * Each form on the page has a bean of its own (FollowUpView, CareEventsView, RecoveryAssessmentView,
 * InvestigationReportView, SupportView, IdentityRevealView, SurvivorDataProtectionView); they find the survivor here
 * and, once they have recorded something, {@link #record} refreshes what the page shows.
 */
@Named
@ViewScoped
public class SurvivorFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] AREA_COLOURS = {"#3b4f8f", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490",
        "#be185d", "#4d7c0f"};

    @Inject
    private SurvivorService survivors;

    @Inject
    private CareService care;

    @Inject
    private InvestigationService investigationService;

    @Inject
    private Caller caller;

    private Long id;
    private SurvivorDetail survivor;
    private List<TimelineEntry> timeline;
    private List<InvestigationService.InvestigationDetail> investigations;
    /** The recovery chart as last drawn; null until the page asks for it, and after each change. */
    private String recoveryChart;

    /** f:viewAction: loads the file, or goes back to the caseload when it is not the caller's to see. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            survivor = survivors.survivor(RecordPage.idOrNone(id));
            timeline = care.timeline(survivor.id());
            investigations = investigationService.investigationsOf(survivor.id());
        });
    }

    /**
     * Runs what one of the page's forms records about this survivor; when it succeeds, says so and shows the file
     * as it now stands (timeline, investigations, chart). Returns whether it succeeded.
     */
    public boolean record(Runnable action) {
        if (!UiFeedback.attempt(action, null)) {
            return false;
        }
        UiFeedback.info(text("event.recorded"));
        reload();
        return true;
    }

    /** Reads the file again after a change. */
    public void reload() {
        recoveryChart = null;
        survivor = survivors.survivor(survivor.id());
        timeline = care.timeline(survivor.id());
        investigations = investigationService.investigationsOf(survivor.id());
    }

    public boolean isAdmin() {
        return caller.hasRole(Role.ADMIN);
    }

    /** The profile line under the name: languages, recruitment and methods of control in the reader's language. */
    public String getProfile() {
        List<String> parts = new java.util.ArrayList<>();
        if (!survivor.languages().isEmpty()) {
            parts.add(text("intake.languages") + ": " + String.join(", ", survivor.languages()));
        }
        if (survivor.recruitmentMethod() != null) {
            parts.add(text("intake.recruitment") + ": " + text("recruitment." + survivor.recruitmentMethod()));
        }
        if (!survivor.controlMethods().isEmpty()) {
            parts.add(text("intake.control") + ": " + survivor.controlMethods().stream()
                    .map(c -> text("control." + c)).collect(Collectors.joining(", ")));
        }
        return String.join(" · ", parts);
    }

    /**
     * Recovery scores over time as a Chart.js line chart: one line per key area. Read once per page view (the page
     * asks for it more than once while it renders), again after an assessment is recorded.
     */
    public String getRecoveryChart() {
        if (recoveryChart == null) {
            recoveryChart = recoveryChart(care.assessments(survivor.id()));
        }
        return recoveryChart;
    }

    private String recoveryChart(List<CareService.RecoveryScores> assessments) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        assessments.forEach(a -> labels.add(a.day().toString()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        RecoveryArea[] areas = RecoveryArea.values();
        for (int i = 0; i < areas.length; i++) {
            RecoveryArea area = areas[i];
            JsonArrayBuilder data = Json.createArrayBuilder();
            assessments.forEach(a -> {
                Integer score = a.scores().get(area);
                if (score == null) {
                    data.addNull();
                } else {
                    data.add(score);
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", text("area." + area)).add("data", data)
                    .add("borderColor", AREA_COLOURS[i]).add("backgroundColor", AREA_COLOURS[i]).add("spanGaps", true));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 1).add("max", 5).add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build().toString();
    }

    public boolean isHasAssessments() {
        return timeline != null && timeline.stream().anyMatch(e -> e.kind().equals("RECOVERY_ASSESSMENT"));
    }

    /** One timeline line's facts in words: "mode: PHONE · note: …". */
    public String describe(TimelineEntry entry) {
        return entry.details().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    public String kindLabel(String kind) {
        return text("kind." + kind);
    }

    static String text(String key) {
        return UiFeedback.text(CaseworkMenu.BUNDLE, key);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<InvestigationService.InvestigationDetail> getInvestigations() {
        return investigations;
    }

    public SurvivorDetail getSurvivor() {
        return survivor;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }
}
