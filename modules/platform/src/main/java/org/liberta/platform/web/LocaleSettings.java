package org.liberta.platform.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Named;

/** The language a user picked for the interface: English first, Bengali and Romanian bundles. */
@Named
@SessionScoped
public class LocaleSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Language codes with their own names, as a person looking for their language would recognise them. */
    public record Language(String code, String name) implements Serializable {
    }

    private static final List<Language> LANGUAGES = List.of(
            new Language("en", "English"), new Language("bn", "বাংলা"), new Language("ro", "Română"));

    private String language = "en";

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        if (LANGUAGES.stream().anyMatch(l -> l.code().equals(language))) {
            this.language = language;
        }
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
