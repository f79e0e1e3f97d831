package org.liberta.casework.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.PoliceEngagementLevel;
import org.liberta.casework.api.RemovedBy;
import org.liberta.casework.internal.application.CareService;

/**
 * The events form of a survivor's file: one date for whatever is recorded (the other tabs' beans read it here), and
 * the events of care itself: a removal, a care episode, police engagement, a repatriation, re-trafficking, closure.
 */
@Named
@ViewScoped
public class CareEventsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SurvivorFileView file;

    @Inject
    private CareService care;

    private LocalDate eventDate = LocalDate.now();
    private LocalDate episodeEnd;
    private RemovedBy removedBy = RemovedBy.POLICE;
    private PoliceEngagementLevel level = PoliceEngagementLevel.INFORMATION_ON_RECORD;
    private String fromCountry;
    private String toCountry;
    private String retraffickingNote;

    public void recordRemoval() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.recordRemoval(survivorId, new CareService.RemovalRecord(eventDate, removedBy)));
    }

    public void startCareEpisode() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.startCareEpisode(survivorId, new CareService.CareEpisodeRecord(eventDate, episodeEnd)));
    }

    public void recordPoliceEngagement() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.recordPoliceEngagement(survivorId, new CareService.PoliceEngagementRecord(eventDate, level)));
    }

    public void recordRepatriation() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.recordRepatriation(survivorId,
                new CareService.RepatriationRecord(fromCountry, toCountry, eventDate)));
    }

    public void recordRetrafficking() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.recordRetrafficking(survivorId,
                new CareService.RetraffickingRecord(eventDate, retraffickingNote)));
    }

    /** Care has ended on the event date: the survivor leaves the caseload. */
    public void closeCase() {
        long survivorId = file.getSurvivor().id();
        file.record(() -> care.closeCase(survivorId, eventDate));
    }

    public RemovedBy[] getRemovers() {
        return RemovedBy.values();
    }

    public PoliceEngagementLevel[] getLevels() {
        return PoliceEngagementLevel.values();
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

    public String getRetraffickingNote() {
        return retraffickingNote;
    }

    public void setRetraffickingNote(String retraffickingNote) {
        this.retraffickingNote = retraffickingNote;
    }
}
