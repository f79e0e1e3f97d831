package org.liberta.platform.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;

/**
 * The interface's language: the one a person picked, or until they pick one the first of their browser's that
 * Liberta speaks (English first, Bengali and Romanian bundles), from the sign-in page on.
 */
@Named
@SessionScoped
public class LocaleSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Language codes with their own names, as a person looking for their language would recognise them. */
    public record Language(String code, String name) implements Serializable {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", "English"), new Language("bn", "বাংলা"), new Language("ro", "Română"));

    /** The language the person chose here; until they do, the browser's ({@code Accept-Language}) is followed. */
    private String chosen;

    public Locale getLocale() {
        return Locale.forLanguageTag(getLanguage());
    }

    public String getLanguage() {
        return chosen != null ? chosen : browsersLanguage();
    }

    public void setLanguage(String language) {
        if (isOffered(language)) {
            this.chosen = language;
        }
    }

    /** The first of the browser's languages Liberta speaks, in the browser's order of preference; else English. */
    private static String browsersLanguage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            for (Iterator<Locale> accepted = faces.getExternalContext().getRequestLocales(); accepted.hasNext();) {
                String code = accepted.next().getLanguage();
                if (isOffered(code)) {
                    return code;
                }
            }
        }
        return LANGUAGES.get(0).code();
    }

    private static boolean isOffered(String code) {
        return LANGUAGES.stream().anyMatch(l -> l.code().equals(code));
    }

    public List<Language> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language and shows the same page again (a fresh GET, so everything is re-rendered). */
    public void switchTo(String code) throws IOException {
        setLanguage(code);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(((HttpServletRequest) external.getRequest()).getRequestURI());
    }
}
