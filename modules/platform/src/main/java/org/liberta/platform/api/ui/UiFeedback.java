package org.liberta.platform.api.ui;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ServiceBusyException;
import org.liberta.platform.api.Violations;

/**
 * Runs a page action and tells the user what happened in their language: a success message, or the service's
 * complaint (each bad field named) without losing what they typed. The same exceptions the REST API turns
 * into problem+json become growl messages here, so pages and API never disagree.
 */
public final class UiFeedback {

    public static final String BUNDLE = "org.liberta.platform.web.messages";

    private UiFeedback() {
    }

    /** Runs the action; returns true when it succeeded (and shows {@code successKey} if given). */
    public static boolean attempt(Runnable action, String successKey) {
        try {
            action.run();
            if (successKey != null) {
                info(text(successKey));
            }
            return true;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                error(error.field() + ": " + error.message());
            }
        } catch (jakarta.validation.ConstraintViolationException e) {
            for (FieldError error : Violations.fieldErrors(e.getConstraintViolations())) {
                error(error.field() + ": " + error.message());
            }
        } catch (ConflictException e) {
            error(e.getMessage());
        } catch (NotFoundException e) {
            error(text("ui.notFound"));
        } catch (AccessDeniedException e) {
            error(text("ui.denied"));
        } catch (ServiceBusyException e) {
            error(e.getMessage());
        } catch (RuntimeException e) {
            if (rootIsOptimisticLock(e)) {
                error(text("ui.conflict"));
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** A message from the platform bundle in the current view's language. */
    public static String text(String key) {
        return text(BUNDLE, key);
    }

    public static String text(String bundle, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        try {
            return ResourceBundle.getBundle(bundle, locale, Thread.currentThread().getContextClassLoader()).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static boolean rootIsOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
