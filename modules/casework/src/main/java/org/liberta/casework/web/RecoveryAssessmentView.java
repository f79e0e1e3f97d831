package org.liberta.casework.web;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.RecoveryArea;
import org.liberta.casework.internal.application.CareService;

/** A recovery assessment on the events date: a score from 1 to 5 in each key area, 3 until the navigator moves it. */
@Named
@ViewScoped
public class RecoveryAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private CareEventsView events;

    @Inject
    private CareService care;

    private final Map<RecoveryArea, Integer> scores = new EnumMap<>(RecoveryArea.class);

    {
        for (RecoveryArea area : RecoveryArea.values()) {
            scores.put(area, 3);
        }
    }

    public void recordAssessment() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.recordAssessment(survivorId,
                new CareService.AssessmentRecord(events.getEventDate(), scores)));
    }

    public RecoveryArea[] getAreas() {
        return RecoveryArea.values();
    }

    public Map<RecoveryArea, Integer> getScores() {
        return scores;
    }
}
