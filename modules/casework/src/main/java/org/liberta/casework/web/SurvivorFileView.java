package org.liberta.casework.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import org.liberta.casework.api.ContactMode;
import org.liberta.casework.api.InvestigationOutcome;
import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.api.RemovedBy;
import org.liberta.casework.api.VocationalSupportKind;
import org.liberta.casework.internal.application.DataProtectionService;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.liberta.casework.internal.application.CareService.TimelineEntry;
import org.liberta.casework.internal.application.CareService;
import org.liberta.casework.internal.application.InvestigationService;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.casework.internal.application.SurvivorView;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * A survivor's file: who (pseudonymised), the timeline of their care, the quick follow-up form, the other
 * events, the recovery chart, and the identity behind the pseudonym for fifteen minutes after a reasoned reveal.
 */
@Named
@ViewScoped
public class SurvivorFileView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How long a revealed identity stays on screen before it is hidden again. */
    static final Duration REVEAL_WINDOW = Duration.ofMinutes(15);
    private static final String[] AREA_COLOURS = {"#3b4f8f", "#c2410c", "#15803d", "#7c3aed", "#b45309", "#0e7490",
        "#be185d", "#4d7c0f"};

    @Inject
    private SurvivorService survivors;

    @Inject
    private CareService care;

    @Inject
    private InvestigationService investigationService;

    private Long id;
    private SurvivorView survivor;
    private List<TimelineEntry> timeline;
    private List<InvestigationService.InvestigationView> investigations;

    private LocalDate followUpDate = LocalDate.now();
    private ContactMode mode = ContactMode.PHONE;
    private String note;
    private LocalDate nextDue = LocalDate.now().plusDays(7);

    private String revealReason;
    private Map<String, String> identity;
    private Instant revealedAt;

    private LocalDate eventDate = LocalDate.now();
    private LocalDate episodeEnd;
    private RemovedBy removedBy = RemovedBy.POLICE;
    private PoliceEngagementLevel level = PoliceEngagementLevel.INFORMATION_ON_RECORD;
    private String fromCountry;
    private String toCountry;
    private Map<RecoveryArea, Integer> scores = defaultScores();
    private String mentorReference;
    private String noteText;
    private LocalDate mentoringEnd;
    private VocationalSupportKind vocationalKind = VocationalSupportKind.SKILLS_TRAINING;
    private String provider;
    private String legalHoldReason;
    private String erasureReason;
    private String policeReference;
    private LocalDate investigationClosedOn;
    /** Outcome counts keyed by {@link InvestigationOutcome#field()} (the form's message keys), all zero to start. */
    private final Map<String, Integer> investigationOutcomes = new java.util.LinkedHashMap<>();

    {
        getOutcomeKinds().forEach(k -> investigationOutcomes.put(k, 0));
    }

    @Inject
    private DataProtectionService dataProtection;

    @Inject
    private Caller caller;

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

    private void refresh() {
        recoveryChart = null;
        survivor = survivors.survivor(survivor.id());
        timeline = care.timeline(survivor.id());
        investigations = investigationService.investigationsOf(survivor.id());
    }

    public void logFollowUp() {
        if (UiFeedback.attempt(() -> care.logFollowUp(survivor.id(),
                new CareService.FollowUpRecord(followUpDate, mode, note, nextDue)), null)) {
            UiFeedback.info(text("followUp.logged"));
            note = null;
            followUpDate = LocalDate.now();
            nextDue = LocalDate.now().plusDays(7);
            refresh();
        }
    }

    public void recordRemoval() {
        record(() -> care.recordRemoval(survivor.id(), new CareService.RemovalRecord(eventDate, removedBy)));
    }

    public void startCareEpisode() {
        record(() -> care.startCareEpisode(survivor.id(), new CareService.CareEpisodeRecord(eventDate, episodeEnd)));
    }

    public void recordPoliceEngagement() {
        record(() -> care.recordPoliceEngagement(survivor.id(), new CareService.PoliceEngagementRecord(eventDate, level)));
    }

    public void recordRepatriation() {
        record(() -> care.recordRepatriation(survivor.id(),
                new CareService.RepatriationRecord(fromCountry, toCountry, eventDate)));
    }

    public void recordRetrafficking() {
        record(() -> care.recordRetrafficking(survivor.id(), new CareService.RetraffickingRecord(eventDate, note)));
    }

    /** Peer mentoring: the mentor is named by their Liberta reference (e.g. UK-2021-0042). */
    public void recordMentoring() {
        record(() -> {
            long mentorId = survivors.byReference(mentorReference).id();
            care.recordMentoring(survivor.id(), new CareService.MentoringRecord(mentorId, eventDate, mentoringEnd));
            mentorReference = null;
        });
    }

    /**
     * Links this survivor to a police investigation (opened on the event date) and records its outcomes so far;
     * the same police reference reported again, from any programme, updates the one investigation.
     */
    public void reportInvestigation() {
        Map<String, Integer> o = investigationOutcomes;
        record(() -> investigationService.report(new InvestigationService.InvestigationRecord(survivor.programme(),
                policeReference, java.util.Set.of(survivor.id()), eventDate, investigationClosedOn,
                InvestigationService.OutcomesRecord.of(byOutcome(o)))));
    }

    /** The form's counts keyed by outcome (a spinner left empty counts as nothing found). */
    private static Map<InvestigationOutcome, Integer> byOutcome(Map<String, Integer> byField) {
        Map<InvestigationOutcome, Integer> found = new java.util.EnumMap<>(InvestigationOutcome.class);
        for (InvestigationOutcome outcome : InvestigationOutcome.values()) {
            found.put(outcome, byField.get(outcome.field()));
        }
        return found;
    }

    public List<String> getOutcomeKinds() {
        return java.util.Arrays.stream(InvestigationOutcome.values()).map(InvestigationOutcome::field).toList();
    }

    public Map<String, Integer> getInvestigationOutcomes() {
        return investigationOutcomes;
    }

    public String getPoliceReference() {
        return policeReference;
    }

    public void setPoliceReference(String policeReference) {
        this.policeReference = policeReference;
    }

    public LocalDate getInvestigationClosedOn() {
        return investigationClosedOn;
    }

    public void setInvestigationClosedOn(LocalDate investigationClosedOn) {
        this.investigationClosedOn = investigationClosedOn;
    }

    public void addNote() {
        record(() -> care.addNote(survivor.id(), new CareService.NoteRecord(eventDate, noteText)));
        noteText = null;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public void recordVocationalSupport() {
        record(() -> care.recordVocationalSupport(survivor.id(),
                new CareService.VocationalRecord(eventDate, vocationalKind, provider, note)));
    }

    /** Care has ended on the event date: the survivor leaves the caseload. */
    public void closeCase() {
        record(() -> care.closeCase(survivor.id(), eventDate));
    }

    public void placeLegalHold() {
        record(() -> dataProtection.placeLegalHold(survivor.id(), legalHoldReason));
    }

    public void releaseLegalHold() {
        record(() -> dataProtection.releaseLegalHold(survivor.id()));
    }

    /** Erasure on request: the identity is destroyed for good; the pseudonymous record stays in the figures. */
    public void erase() {
        record(() -> dataProtection.erase(survivor.id(), erasureReason));
    }

    public StreamedContent getSubjectAccessFile() {
        long survivorId = survivor.id();
        return DefaultStreamedContent.builder().name("subject-access-" + survivor.reference() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new java.io.ByteArrayInputStream(dataProtection.subjectAccessPdf(survivorId))).build();
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

    public VocationalSupportKind[] getVocationalKinds() {
        return VocationalSupportKind.values();
    }

    public String getMentorReference() {
        return mentorReference;
    }

    public void setMentorReference(String mentorReference) {
        this.mentorReference = mentorReference;
    }

    public LocalDate getMentoringEnd() {
        return mentoringEnd;
    }

    public void setMentoringEnd(LocalDate mentoringEnd) {
        this.mentoringEnd = mentoringEnd;
    }

    public VocationalSupportKind getVocationalKind() {
        return vocationalKind;
    }

    public void setVocationalKind(VocationalSupportKind vocationalKind) {
        this.vocationalKind = vocationalKind;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
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

    public void recordAssessment() {
        record(() -> care.recordAssessment(survivor.id(), new CareService.AssessmentRecord(eventDate, scores)));
    }

    private void record(Runnable action) {
        if (UiFeedback.attempt(action, null)) {
            UiFeedback.info(text("event.recorded"));
            refresh();
        }
    }

    public void reveal() {
        if (UiFeedback.attempt(() -> identity = survivors.reveal(survivor.id(), revealReason), null)) {
            revealedAt = Instant.now();
            revealReason = null;
        }
    }

    /** The revealed identity while the window is open; afterwards it is dropped from the view. */
    public Map<String, String> getIdentity() {
        if (identity != null && revealedAt.plus(REVEAL_WINDOW).isBefore(Instant.now())) {
            identity = null;
        }
        return identity;
    }

    public void hideIdentity() {
        identity = null;
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

    private static String text(String key) {
        return UiFeedback.text(CaseworkMenu.BUNDLE, key);
    }

    private static Map<RecoveryArea, Integer> defaultScores() {
        Map<RecoveryArea, Integer> defaults = new EnumMap<>(RecoveryArea.class);
        for (RecoveryArea area : RecoveryArea.values()) {
            defaults.put(area, 3);
        }
        return defaults;
    }

    public ContactMode[] getModes() {
        return ContactMode.values();
    }

    public RemovedBy[] getRemovers() {
        return RemovedBy.values();
    }

    public PoliceEngagementLevel[] getLevels() {
        return PoliceEngagementLevel.values();
    }

    public RecoveryArea[] getAreas() {
        return RecoveryArea.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<InvestigationService.InvestigationView> getInvestigations() {
        return investigations;
    }

    public SurvivorView getSurvivor() {
        return survivor;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public ContactMode getMode() {
        return mode;
    }

    public void setMode(ContactMode mode) {
        this.mode = mode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }

    public void setNextDue(LocalDate nextDue) {
        this.nextDue = nextDue;
    }

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }

    public LocalDate getEventDate() {
        return eventDate;
    }

    public void setEventDate(LocalDate eventDate) {
        this.eventDate = eventDate;
    }

    public LocalDate getEpisodeEnd() {
        return episodeEnd;
    }

    public void setEpisodeEnd(LocalDate episodeEnd) {
        this.episodeEnd = episodeEnd;
    }

    public RemovedBy getRemovedBy() {
        return removedBy;
    }

    public void setRemovedBy(RemovedBy removedBy) {
        this.removedBy = removedBy;
    }

    public PoliceEngagementLevel getLevel() {
        return level;
    }

    public void setLevel(PoliceEngagementLevel level) {
        this.level = level;
    }

    public String getFromCountry() {
        return fromCountry;
    }

    public void setFromCountry(String fromCountry) {
        this.fromCountry = fromCountry;
    }

    public String getToCountry() {
        return toCountry;
    }

    public void setToCountry(String toCountry) {
        this.toCountry = toCountry;
    }

    public Map<RecoveryArea, Integer> getScores() {
        return scores;
    }
}
