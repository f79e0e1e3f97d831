package org.liberta.casework.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.Gender;
import org.liberta.casework.internal.application.PreventionService;
import org.liberta.casework.internal.application.PreventionService.SessionSummary;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Programmes;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * Recording a prevention session: one participant per line ("pseudonym, F|M|X, birth year"), pasted from a
 * sign-in sheet or typed; people already reached are recognised by their pseudonym.
 */
@Named
@ViewScoped
public class PreventionView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PreventionService prevention;

    @Inject
    private Programmes programmes;

    @Inject
    private Caller caller;

    private String programme;
    private LocalDate date = LocalDate.now();
    private String topic;
    private String participants;
    private List<SessionSummary> sessions;

    @PostConstruct
    void init() {
        List<ProgrammeSummary> mine = getProgrammes();
        programme = mine.isEmpty() ? null : mine.get(0).code();
        sessions = prevention.recentSessions();
    }

    public void record() {
        SessionSummary[] saved = new SessionSummary[1];
        if (UiFeedback.attempt(() -> saved[0] = prevention.recordSession(
                new PreventionService.SessionRecord(programme, date, topic, parse(participants))), null)) {
            UiFeedback.info(UiFeedback.text(CaseworkMenu.BUNDLE, "prevention.recorded") + " " + saved[0].participants()
                    + " (" + saved[0].newParticipants() + " " + UiFeedback.text(CaseworkMenu.BUNDLE, "prevention.new") + ")");
            topic = null;
            participants = null;
            sessions = prevention.recentSessions();
        }
    }

    /** Parses the participant lines; every bad line is reported by its number. */
    static List<PreventionService.ParticipantRecord> parse(String text) {
        List<PreventionService.ParticipantRecord> parsed = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s*[,;\\t]\\s*");
            Gender gender = parts.length > 1 ? gender(parts[1]) : Gender.NOT_SPECIFIED;
            Integer year = null;
            try {
                year = parts.length > 2 && !parts[2].isBlank() ? Integer.valueOf(parts[2]) : null;
            } catch (NumberFormatException e) {
                errors.add(new FieldError("participants line " + (i + 1), "birth year must be a number"));
            }
            if (gender == null) {
                errors.add(new FieldError("participants line " + (i + 1), "gender must be F, M or X"));
            }
            parsed.add(new PreventionService.ParticipantRecord(parts[0], gender, year));
        }
        InvalidInputException.throwIfAny(errors);
        return parsed;
    }

    private static Gender gender(String code) {
        return switch (code.toUpperCase(Locale.ROOT)) {
            case "F" -> Gender.FEMININE;
            case "M" -> Gender.MASCULINE;
            case "X", "" -> Gender.NOT_SPECIFIED;
            default -> null;
        };
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all().stream().filter(p -> caller.canSeeProgramme(p.id())).toList();
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }
}
