package org.liberta.training.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.PageRequest;
import org.liberta.training.internal.application.TrainingService;
import org.liberta.training.internal.application.TrainingService.SessionDetail;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/** The sessions of the caller's programmes on a calendar; the calendar asks for the visible range only. */
@Named
@ViewScoped
public class TrainingCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    private LocalDate date;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        TrainingService sessions = training;
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (SessionDetail s : sessions.sessions(start.toLocalDate(), end.toLocalDate().minusDays(1),
                        PageRequest.of(0, PageRequest.MAX_SIZE)).items()) {
                    addEvent(DefaultScheduleEvent.builder().id(Long.toString(s.id()))
                            .title(s.course() + " · " + (s.online() ? "online" : s.location()) + " (" + s.attendees() + ")")
                            .startDate(s.date().atStartOfDay()).endDate(s.endDate().plusDays(1).atStartOfDay()).allDay(true)
                            .url("session.xhtml?id=" + s.id()).build());
                }
            }
        };
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The day the calendar opens on (?date=YYYY-MM-DD), today by default. */
    public LocalDate getDate() {
        return date == null ? LocalDate.now() : date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
