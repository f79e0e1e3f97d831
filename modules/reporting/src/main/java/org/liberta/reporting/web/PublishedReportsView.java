package org.liberta.reporting.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.reporting.internal.application.SnapshotService;

/**
 * Published reports on the report page: publish the report as shown under a title (it never changes afterwards),
 * list those published, and open one beside today's records with every figure that differs now.
 */
@Named
@ViewScoped
public class PublishedReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportView page;

    @Inject
    private SnapshotService snapshots;

    @Inject
    private Caller caller;

    private String publishTitle;
    private List<SnapshotService.SnapshotSummary> published = List.of();
    private SnapshotService.PublishedReport opened;

    @PostConstruct
    void init() {
        if (isPublisher()) {
            published = snapshots.snapshots();
        }
    }

    /** M&amp;E and administrators publish reports and read them back. */
    public boolean isPublisher() {
        return caller.hasAnyRole(Role.MEL, Role.ADMIN);
    }

    /** Publishes the report as shown (period, comparison, audience) under a title. */
    public void publish() {
        SnapshotService.NewSnapshot s = new SnapshotService.NewSnapshot(publishTitle, page.getPeriod().getFrom(),
                page.getPeriod().getTo(), page.getCompareFrom(), page.getCompareTo(), page.audience());
        if (UiFeedback.attempt(() -> snapshots.publish(s), null)) {
            UiFeedback.info(UiFeedback.text(ReportingMenu.BUNDLE, "publish.done"));
            publishTitle = null;
            published = snapshots.snapshots();
        }
    }

    /** Opens a published report with every figure that differs now. */
    public void open(long snapshotId) {
        opened = null;
        UiFeedback.attempt(() -> opened = snapshots.snapshot(snapshotId), null);
    }

    /** {@code ?snapshot=ID} (the home page's link) opens that published report's comparison with today's records. */
    public Long getSnapshot() {
        return opened == null ? null : opened.snapshot().id();
    }

    public void setSnapshot(Long snapshotId) {
        // A view parameter is applied again on a full postback: open it once, not on every button.
        if (snapshotId != null && isPublisher() && (opened == null || opened.snapshot().id() != snapshotId)) {
            open(snapshotId);
        }
    }

    public List<SnapshotService.SnapshotSummary> getPublished() {
        return published;
    }

    public SnapshotService.PublishedReport getOpened() {
        return opened;
    }

    public String getPublishTitle() {
        return publishTitle;
    }

    public void setPublishTitle(String publishTitle) {
        this.publishTitle = publishTitle;
    }
}
