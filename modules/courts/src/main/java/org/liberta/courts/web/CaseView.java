package org.liberta.courts.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.courts.api.AdjournmentReason;
import org.liberta.courts.api.CaseStage;
import org.liberta.courts.api.ChargingDecision;
import org.liberta.courts.api.Custody;
import org.liberta.courts.api.HearingPurpose;
import org.liberta.courts.api.Track;
import org.liberta.courts.api.VerdictOutcome;
import org.liberta.courts.api.WitnessRole;
import org.liberta.courts.internal.application.CourtCaseService;
import org.liberta.courts.internal.application.CourtViews.CaseDetail;
import org.liberta.courts.internal.application.CourtViews.HearingView;
import org.liberta.courts.internal.application.HearingService;
import org.liberta.platform.api.ui.RecordPage;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The case page. Its first job is the one done at court on a phone: say whether today's hearing went ahead and,
 * if not, why and when the case comes back; then stages, accused, verdicts and new hearings.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourtCaseService cases;

    @Inject
    private HearingService hearings;

    private Long id;
    private CaseDetail courtCase;

    private boolean held;
    private AdjournmentReason reason = AdjournmentReason.WITNESS_ABSENT;
    private WitnessRole witnessRole = WitnessRole.VICTIM;
    private String reasonText;
    private LocalDate nextDate;

    private CaseStage nextStage;
    private LocalDate stageDate = LocalDate.now();
    private ChargingDecision decision;
    private String stageReason;

    private String alias;
    private LocalDate arrestedOn;
    private Custody custody = Custody.IN_CUSTODY;

    private Long verdictAccusedId;
    private VerdictOutcome verdict = VerdictOutcome.CONVICTED;
    private LocalDate verdictDate = LocalDate.now();
    private String verdictReason;
    private String sentence;
    private BigDecimal compensation;

    private List<org.liberta.courts.api.CaseWitness> witnesses = List.of();
    private WitnessRole newWitnessRole = WitnessRole.POLICE;
    private Long witnessSurvivorId;
    private String witnessName;
    private String witnessPhone;
    private String witnessEmail;
    private List<String> witnessNeeds = new java.util.ArrayList<>();

    @Inject
    private org.liberta.courts.internal.application.CaseWitnessService caseWitnesses;

    private LocalDateTime hearingAt;
    private HearingPurpose purpose = HearingPurpose.MENTION;

    /** f:viewAction: loads the case, or goes back to the list when it is not the caller's to see. */
    public void load() throws IOException {
        RecordPage.loadOrReturnTo("index.xhtml", () -> {
            courtCase = cases.courtCase(RecordPage.idOrNone(id));
            witnesses = caseWitnesses.witnessesOf(courtCase.id());
        });
    }

    private void reload() {
        courtCase = cases.courtCase(courtCase.id());
        witnesses = caseWitnesses.witnessesOf(courtCase.id());
    }

    /** A witness the prosecution needs: a victim of the case by pseudonym, or anyone else by name and contact. */
    public void addWitness() {
        java.util.Set<org.liberta.courts.api.WitnessNeed> needs = java.util.EnumSet.noneOf(org.liberta.courts.api.WitnessNeed.class);
        witnessNeeds.forEach(n -> needs.add(org.liberta.courts.api.WitnessNeed.valueOf(n)));
        act(() -> caseWitnesses.addWitness(courtCase.id(), new org.liberta.courts.internal.application.CaseWitnessService
                .NewWitness(newWitnessRole, witnessSurvivorId, witnessName, witnessPhone, witnessEmail, needs, null)));
        witnessName = null;
        witnessPhone = null;
        witnessEmail = null;
        witnessSurvivorId = null;
    }

    public List<org.liberta.courts.api.CaseWitness> getWitnesses() {
        return witnesses;
    }

    public org.liberta.courts.api.WitnessNeed[] getNeeds() {
        return org.liberta.courts.api.WitnessNeed.values();
    }

    public WitnessRole getNewWitnessRole() {
        return newWitnessRole;
    }

    public void setNewWitnessRole(WitnessRole newWitnessRole) {
        this.newWitnessRole = newWitnessRole;
    }

    public Long getWitnessSurvivorId() {
        return witnessSurvivorId;
    }

    public void setWitnessSurvivorId(Long witnessSurvivorId) {
        this.witnessSurvivorId = witnessSurvivorId;
    }

    public String getWitnessName() {
        return witnessName;
    }

    public void setWitnessName(String witnessName) {
        this.witnessName = witnessName;
    }

    public String getWitnessPhone() {
        return witnessPhone;
    }

    public void setWitnessPhone(String witnessPhone) {
        this.witnessPhone = witnessPhone;
    }

    public String getWitnessEmail() {
        return witnessEmail;
    }

    public void setWitnessEmail(String witnessEmail) {
        this.witnessEmail = witnessEmail;
    }

    public List<String> getWitnessNeeds() {
        return witnessNeeds;
    }

    public void setWitnessNeeds(List<String> witnessNeeds) {
        this.witnessNeeds = witnessNeeds;
    }

    /** The hearing whose outcome is due: the earliest one without an outcome whose day has come. */
    public HearingView getDueHearing() {
        if (courtCase == null) {
            return null;
        }
        LocalDate today = LocalDate.now();
        return courtCase.hearings().stream().filter(h -> h.outcome() == null)
                .filter(h -> !h.scheduledAt().toLocalDate().isAfter(today))
                .min(java.util.Comparator.comparing(HearingView::scheduledAt)).orElse(null);
    }

    public void recordOutcome() {
        HearingView due = getDueHearing();
        if (due == null) {
            return;
        }
        if (UiFeedback.attempt(() -> hearings.recordOutcome(due.id(), new HearingService.Outcome(held,
                held ? null : reason, witnessRole, reasonText, nextDate, null, due.version())), null)) {
            UiFeedback.info(text(held ? "outcome.heldSaved" : "outcome.adjournedSaved"));
            reasonText = null;
            nextDate = null;
            reload();
        }
    }

    public void moveStage() {
        act(() -> cases.moveStage(courtCase.id(), new CourtCaseService.StageMove(nextStage, stageDate, decision, stageReason)));
    }

    public void addAccused() {
        act(() -> cases.addAccused(courtCase.id(), new CourtCaseService.NewAccused(alias, arrestedOn, custody)));
        alias = null;
    }

    /** The page asks for the reason for an acquittal (the charity's practice); the API takes a verdict without it. */
    public void recordVerdict() {
        if (verdict == org.liberta.courts.api.VerdictOutcome.ACQUITTED && (verdictReason == null || verdictReason.isBlank())) {
            UiFeedback.error(text("verdict.reasonNeeded"));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> cases.recordVerdict(courtCase.id(), verdictAccusedId == null ? -1 : verdictAccusedId,
                new CourtCaseService.Verdict(verdictDate, verdict, verdictReason, sentence, compensation)));
    }

    public void scheduleHearing() {
        act(() -> hearings.schedule(courtCase.id(), new HearingService.NewHearing(
                org.liberta.platform.api.time.ClientDateTime.local(hearingAt), purpose)));
    }

    private void act(Runnable action) {
        if (UiFeedback.attempt(action, null)) {
            UiFeedback.info(text("case.saved"));
            reload();
        }
    }

    /** The stages still ahead of the case on its track. */
    public List<CaseStage> getNextStages() {
        if (courtCase == null) {
            return List.of();
        }
        Track track = courtCase.stage().track();
        return Arrays.stream(CaseStage.values()).filter(s -> s.track() == track && s.step() > courtCase.stage().step())
                .toList();
    }

    public long getAgeDays() {
        LocalDate end = courtCase.disposedOn() != null ? courtCase.disposedOn() : LocalDate.now();
        return java.time.temporal.ChronoUnit.DAYS.between(courtCase.filedOn(), end);
    }

    static String text(String key) {
        return UiFeedback.text(CourtsMenu.BUNDLE, key);
    }

    public AdjournmentReason[] getReasons() {
        return AdjournmentReason.values();
    }

    public WitnessRole[] getWitnessRoles() {
        return WitnessRole.values();
    }

    public ChargingDecision[] getDecisions() {
        return ChargingDecision.values();
    }

    public Custody[] getCustodies() {
        return Custody.values();
    }

    public VerdictOutcome[] getVerdicts() {
        return VerdictOutcome.values();
    }

    public HearingPurpose[] getPurposes() {
        return HearingPurpose.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CaseDetail getCourtCase() {
        return courtCase;
    }

    public boolean isHeld() {
        return held;
    }

    public void setHeld(boolean held) {
        this.held = held;
    }

    public AdjournmentReason getReason() {
        return reason;
    }

    public void setReason(AdjournmentReason reason) {
        this.reason = reason;
    }

    public WitnessRole getWitnessRole() {
        return witnessRole;
    }

    public void setWitnessRole(WitnessRole witnessRole) {
        this.witnessRole = witnessRole;
    }

    public String getReasonText() {
        return reasonText;
    }

    public void setReasonText(String reasonText) {
        this.reasonText = reasonText;
    }

    public LocalDate getNextDate() {
        return nextDate;
    }

    public void setNextDate(LocalDate nextDate) {
        this.nextDate = nextDate;
    }

    public CaseStage getNextStage() {
        return nextStage;
    }

    public void setNextStage(CaseStage nextStage) {
        this.nextStage = nextStage;
    }

    public LocalDate getStageDate() {
        return stageDate;
    }

    public void setStageDate(LocalDate stageDate) {
        this.stageDate = stageDate;
    }

    public ChargingDecision getDecision() {
        return decision;
    }

    public void setDecision(ChargingDecision decision) {
        this.decision = decision;
    }

    public String getStageReason() {
        return stageReason;
    }

    public void setStageReason(String stageReason) {
        this.stageReason = stageReason;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }

    public LocalDate getArrestedOn() {
        return arrestedOn;
    }

    public void setArrestedOn(LocalDate arrestedOn) {
        this.arrestedOn = arrestedOn;
    }

    public Custody getCustody() {
        return custody;
    }

    public void setCustody(Custody custody) {
        this.custody = custody;
    }

    public Long getVerdictAccusedId() {
        return verdictAccusedId;
    }

    public void setVerdictAccusedId(Long verdictAccusedId) {
        this.verdictAccusedId = verdictAccusedId;
    }

    public VerdictOutcome getVerdict() {
        return verdict;
    }

    public void setVerdict(VerdictOutcome verdict) {
        this.verdict = verdict;
    }

    public LocalDate getVerdictDate() {
        return verdictDate;
    }

    public void setVerdictDate(LocalDate verdictDate) {
        this.verdictDate = verdictDate;
    }

    public String getVerdictReason() {
        return verdictReason;
    }

    public void setVerdictReason(String verdictReason) {
        this.verdictReason = verdictReason;
    }

    public String getSentence() {
        return sentence;
    }

    public void setSentence(String sentence) {
        this.sentence = sentence;
    }

    public BigDecimal getCompensation() {
        return compensation;
    }

    public void setCompensation(BigDecimal compensation) {
        this.compensation = compensation;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public void setHearingAt(LocalDateTime hearingAt) {
        this.hearingAt = hearingAt;
    }

    public HearingPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(HearingPurpose purpose) {
        this.purpose = purpose;
    }
}
