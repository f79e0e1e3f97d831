package org.liberta.platform.api.ui;

import java.io.IOException;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.NotFoundException;

/**
 * The opening of a page about one record (a survivor's file, a case, a session, a campaign) reached by a link
 * carrying its id. A record that does not exist and one outside the caller's programmes end the same way: back to
 * the list the page belongs to, saying "not found", so that the page never tells who can see what.
 */
public final class RecordPage {

    private RecordPage() {
    }

    /** Runs {@code load} (a page's f:viewAction); when the record is not the caller's, redirects to {@code listPage}. */
    public static void loadOrReturnTo(String listPage, Runnable load) throws IOException {
        try {
            load.run();
        } catch (NotFoundException | AccessDeniedException notTheirs) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            UiFeedback.error(UiFeedback.text("ui.notFound"));
            external.redirect(listPage);
        }
    }

    /** The id a link carried, or one no record has (a page opened without one is "not found", not an error). */
    public static long idOrNone(Long id) {
        return id == null ? -1 : id;
    }
}
