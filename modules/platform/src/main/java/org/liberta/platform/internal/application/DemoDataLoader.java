package org.liberta.platform.internal.application;

import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.liberta.platform.api.demo.DemoDataContributor;

/**
 * Loads the demo dataset in the background, so the login page is up in seconds while thousands of demo records
 * are entered through the modules' services. Until it is done {@code /health} reports "liberta-demo-data" as
 * DOWN ({@link Health}): scripts and tests that need the data wait for it; a failure keeps it DOWN and is logged.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    private enum State { NOT_REQUESTED, LOADING, LOADED, FAILED }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private Instance<DemoDataContributor> contributors;

    @Inject
    private Instance<DemoDataLoader> self;

    private volatile State state = State.NOT_REQUESTED;

    /** Starts loading; returns at once. */
    void startLoading() {
        state = State.LOADING;
        DemoDataLoader proxy = self.get();
        executor.submit(proxy::load);
    }

    /** Runs in the background thread, as the system caller, with a request context of its own. */
    @ActivateRequestContext
    public void load() {
        try {
            CallerContext.runAsSystem(() -> {
                contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).forEach(c -> {
                    LOG.info(() -> "Loading demo data: " + c.getClass().getSimpleName());
                    c.loadDemoData();
                });
                return null;
            });
            state = State.LOADED;
            LOG.info("Demo data loaded");
        } catch (RuntimeException e) {
            state = State.FAILED;
            LOG.log(Level.SEVERE, "Demo data could not be loaded", e);
        }
    }

    boolean isReady() {
        return state == State.NOT_REQUESTED || state == State.LOADED;
    }

    String stateName() {
        return state.name();
    }

    /** The readiness check (a health check is a qualified bean, so it lives apart from the loader it reports on). */
    @Readiness
    @ApplicationScoped
    public static class Health implements HealthCheck {

        @Inject
        private DemoDataLoader loader;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("liberta-demo-data").status(loader.isReady())
                    .withData("state", loader.stateName()).build();
        }
    }
}
