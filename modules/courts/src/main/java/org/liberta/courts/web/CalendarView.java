package org.liberta.courts.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import org.liberta.courts.internal.application.CourtViews.HearingDetail;
import org.liberta.courts.internal.application.HearingService;

/**
 * The hearing calendar of the caller's courts (day, week, month). The schedule asks for the visible range only,
 * and each hearing links to its case page.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HearingService hearings;

    private LocalDate date;
    private boolean week;
    private ScheduleModel model;

    @PostConstruct
    void init() {
        HearingService diary = hearings;
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (HearingDetail h : diary.diary(start.toLocalDate(), end.toLocalDate().minusDays(1))) {
                    addEvent(DefaultScheduleEvent.builder().id(Long.toString(h.id()))
                            .title(h.caseNumber() + " · " + h.court())
                            .startDate(h.scheduledAt().toLocalDateTime()).endDate(h.scheduledAt().toLocalDateTime().plusHours(1))
                            .url("case.xhtml?id=" + h.caseId())
                            .styleClass(h.outcome() == null ? "hearing-open" : "hearing-" + h.outcome().toLowerCase())
                            .build());
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

    /** {@code ?view=week} opens this week's hearings as a list (the home page's "hearings this week"). */
    public String getView() {
        return week ? "week" : "month";
    }

    public void setView(String view) {
        week = "week".equals(view);
    }

    /** FullCalendar's name of the view: a list reads best for one week, a grid for a month. */
    public String getCalendarView() {
        return week ? "listWeek" : "dayGridMonth";
    }
}
