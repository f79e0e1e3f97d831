package org.liberta.advocacy.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.AdvocacySearch;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ui.UiFeedback;

/** Search on the advocacy home: stakeholders, campaigns, engagements and outcomes holding every word typed. */
@Named
@ViewScoped
public class AdvocacySearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 20;

    @Inject
    private AdvocacySearch search;

    private String query;
    private AdvocacySearch.Hits hits;
    private int hitsPage;

    /** Searches from the first page. */
    public void search() {
        hitsPage = 0;
        runSearch();
    }

    public void moreHits() {
        hitsPage++;
        runSearch();
    }

    public void earlierHits() {
        hitsPage = Math.max(0, hitsPage - 1);
        runSearch();
    }

    private void runSearch() {
        hits = null;
        UiFeedback.attempt(() -> hits = search.search(query, PageRequest.of(hitsPage, PAGE_SIZE)), null);
    }

    public AdvocacySearch.Hits getHits() {
        return hits;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
