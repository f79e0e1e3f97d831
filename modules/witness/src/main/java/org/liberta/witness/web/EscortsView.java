package org.liberta.witness.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.witness.internal.application.EscortService;
import org.liberta.witness.internal.application.EscortService.EscortLine;
import org.liberta.witness.internal.application.EscortService.StaffDetail;

/** The day's escort plan: the planner's proposals, accepted all at once or changed witness by witness. */
@Named
@ViewScoped
public class EscortsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EscortService escorts;

    private LocalDate day = LocalDate.now().plusDays(1);
    private List<EscortLine> lines;
    private List<StaffDetail> staff;
    /** The coordinator's choice per attendance, starting from the proposal. */
    private final Map<Long, Long> chosen = new HashMap<>();

    @PostConstruct
    void init() {
        staff = escorts.staff();
        load();
    }

    public void load() {
        if (UiFeedback.attempt(() -> lines = escorts.plan(day), null)) {
            chosen.clear();
            lines.forEach(l -> chosen.put(l.attendanceId(), l.assignedStaffId() != null ? l.assignedStaffId() : l.proposedStaffId()));
        }
    }

    public void acceptAll() {
        if (UiFeedback.attempt(() -> escorts.acceptProposals(day), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "escort.saved"));
            load();
        }
    }

    public void assign(long attendanceId) {
        Long staffId = chosen.get(attendanceId);
        if (staffId == null) {
            return;
        }
        if (UiFeedback.attempt(() -> escorts.assign(attendanceId, staffId), null)) {
            UiFeedback.info(UiFeedback.text(WitnessMenu.BUNDLE, "escort.saved"));
            load();
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day == null ? LocalDate.now() : day;
    }

    public List<EscortLine> getLines() {
        return lines;
    }

    public List<StaffDetail> getStaff() {
        return staff;
    }

    public Map<Long, Long> getChosen() {
        return chosen;
    }
}
