package org.liberta.advocacy.internal.jobs;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.liberta.advocacy.internal.application.AdvocacySearch;
import org.liberta.platform.api.SystemWork;

/**
 * Shortly after the server starts, stores the search words of advocacy records that have none (records from
 * before search existed, or loaded in bulk), so that search finds everything without anyone asking.
 */
@Singleton
@Startup
public class SearchWordsCheck {

    private static final Logger LOG = Logger.getLogger(SearchWordsCheck.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private AdvocacySearch search;

    @Inject
    private SystemWork system;

    @PostConstruct
    void schedule() {
        // After the schema and any demo data are in place.
        timers.createSingleActionTimer(30_000L, new TimerConfig("advocacy-search-words", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            system.runAsSystem(search::rebuildIfMissing);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Advocacy search words could not be stored; an administrator can rebuild them", e);
        }
    }
}
