package org.liberta.platform.internal.application;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.schema.ModuleSchema;
import org.liberta.platform.internal.domain.PlatformRepository;
import org.liberta.platform.internal.crypto.Tokens;

/**
 * Start-up, in order: migrate every module's schema, create the first administrator when there are no users,
 * and in demo mode start loading the demo dataset into an empty database (in the background: see
 * {@link DemoDataLoader}). A failure stops the deployment: Liberta never
 * serves on a schema it could not migrate.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());
    public static final String ADMIN_USERNAME = "admin";
    /** Defined by the deployable (app); global so library code can look it up at any time. */
    public static final String DATA_SOURCE = "java:global/jdbc/liberta";

    @Inject
    private Instance<ModuleSchema> schemas;

    @Inject
    private DemoDataLoader demoDataLoader;

    @Inject
    private PlatformRepository repository;

    @Inject
    private UserService users;

    @Inject
    private LibertaConfig config;

    @Inject
    private TransactionRunner transactions;

    @Inject
    private DatabaseWatch databaseWatch;

    /** Called once by {@link org.liberta.platform.web.StartupListener} when the web application starts. */
    @ActivateRequestContext
    public void start() {
        refusePlainHttpInTheOpen();
        migrate(lookupDataSource());
        CallerContext.runAsSystem(() -> {
            boolean empty = transactions.required(() -> repository.countUsers() == 0);
            if (empty) {
                transactions.required(this::createFirstAdministrator);
                if (config.demoMode()) {
                    demoDataLoader.startLoading();
                }
            }
            return null;
        });
        databaseWatch.start();
    }

    /**
     * Production (no demo data) on an address others can reach, over plain HTTP, would send passwords and survivors'
     * names across the network in the clear: Liberta will not start so, unless told that TLS ends in front of it
     * ({@code LIBERTA_HTTPS=true}: docs/security.md item 6).
     */
    void refusePlainHttpInTheOpen() {
        if (!config.demoMode() && !config.behindTls() && !isLoopback(config.bindAddress())) {
            throw new IllegalStateException("Liberta listens on " + config.bindAddress() + " over plain HTTP: put TLS "
                    + "in front and set LIBERTA_HTTPS=true, or bind to 127.0.0.1 (config/README.md)");
        }
    }

    static boolean isLoopback(String address) {
        return address.equals("localhost") || address.startsWith("127.") || address.equals("::1")
                || address.equals("[::1]");
    }

    private static DataSource lookupDataSource() {
        try {
            return InitialContext.doLookup(DATA_SOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("The datasource " + DATA_SOURCE + " is not defined", e);
        }
    }

    private void migrate(DataSource dataSource) {
        schemas.stream().sorted(Comparator.comparingInt(ModuleSchema::order)).forEach(schema -> {
            var result = Flyway.configure(Bootstrap.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/" + schema.module())
                    .table("flyway_" + schema.module() + "_history")
                    // Modules share one schema: a module's first migration meets other modules' tables.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "Schema " + schema.module() + ": " + result.migrationsExecuted + " migration(s) applied");
        });
    }

    private Void createFirstAdministrator() {
        String password = config.initialAdminPassword().orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = Tokens.newToken().substring(0, 24);
        }
        users.createInitialUser(ADMIN_USERNAME, password, EnumSet.of(Role.ADMIN), Set.of())
                .changeEmail(config.initialAdminEmail().orElse(null));
        if (generated) {
            // Printed once, to the console only, so the first administrator can sign in and change it.
            System.out.println("\n=== Liberta: first administrator created ===\n  username: " + ADMIN_USERNAME
                    + "\n  password: " + password + "\n  (shown once; set LIBERTA_ADMIN_PASSWORD to choose it)\n");
        }
        return null;
    }
}
