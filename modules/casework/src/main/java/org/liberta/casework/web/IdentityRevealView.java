package org.liberta.casework.web;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.casework.api.SurvivorId;
import org.liberta.casework.internal.application.SurvivorService;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The identity behind a survivor's pseudonym, for those allowed to see it: revealed only with a reason (the reveal
 * is audited by the service), shown for fifteen minutes, then dropped from the view.
 */
@Named
@ViewScoped
public class IdentityRevealView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How long a revealed identity stays on screen before it is hidden again. */
    static final Duration REVEAL_WINDOW = Duration.ofMinutes(15);

    @Inject
    private SurvivorFileView file;

    @Inject
    private SurvivorService survivors;

    private String revealReason;
    private Map<String, String> identity;
    private Instant revealedAt;

    public void reveal() {
        SurvivorId survivorId = SurvivorId.of(file.getSurvivor().id());
        if (UiFeedback.attempt(() -> identity = survivors.reveal(survivorId, revealReason), null)) {
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

    public String getRevealReason() {
        return revealReason;
    }

    public void setRevealReason(String revealReason) {
        this.revealReason = revealReason;
    }
}
