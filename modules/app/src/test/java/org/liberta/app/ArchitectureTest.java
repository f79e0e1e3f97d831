package org.liberta.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.ejb.Schedule;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liberta.platform.api.AppModule;

/**
 * The module rules of docs/architecture.md, checked against the classes of every module jar. Each module declares its
 * allowed dependencies in its package-info ({@link AppModule}); these rules hold it to that.
 */
class ArchitectureTest {

    private static final List<String> MODULES =
            List.of("platform", "casework", "courts", "witness", "training", "advocacy", "reporting", "app");

    private static JavaClasses classes;
    private static final Map<String, Set<String>> ALLOWED = new TreeMap<>();
    private static final Map<String, Set<String>> PLATFORM_APIS = new TreeMap<>();

    @BeforeAll
    static void importModules() throws ClassNotFoundException {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.liberta");
        for (String module : MODULES) {
            AppModule declaration = Class.forName("org.liberta." + module + ".package-info").getAnnotation(AppModule.class);
            ALLOWED.put(module, Set.of(declaration.allowedDependencies()));
            PLATFORM_APIS.put(module, Set.of(declaration.platformApis()));
        }
    }

    @Test
    void importsEveryModuleSoTheRulesCheckSomething() {
        for (String module : MODULES) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.liberta." + module)),
                    "no classes imported from " + module);
        }
        assertTrue(classes.contain("org.liberta.platform.internal.domain.UserAccount"));
        assertEquals(MODULES.size(), ALLOWED.size());
    }

    @Test
    void modulesUseOnlyTheApiOfTheModulesTheyDeclare() {
        classes().should(useOnlyDeclaredModuleApis()).check(classes);
    }

    @Test
    void modulesUseOnlyThePlatformInterfacesTheyName() {
        classes().should(useOnlyNamedPlatformApis(PLATFORM_APIS)).check(classes);
    }

    /** The rule above is not vacuous: casework without {@code vault} in its declaration breaks it. */
    @Test
    void aModuleReachingForAPlatformInterfaceItDoesNotNameIsCaught() {
        Map<String, Set<String>> withoutVault = new TreeMap<>(PLATFORM_APIS);
        withoutVault.put("casework", PLATFORM_APIS.get("casework").stream().filter(api -> !api.equals("vault"))
                .collect(Collectors.toSet()));
        AssertionError caught = assertThrows(AssertionError.class,
                () -> classes().should(useOnlyNamedPlatformApis(withoutVault)).check(classes));
        assertTrue(caught.getMessage().contains("platform interface vault not named by casework"), caught.getMessage());
    }

    /**
     * A service checks its command itself, after the caller's role ({@code Violations}): a {@code @Valid} parameter
     * is judged by the validation interceptor before the method runs, so a caller without the role got a 400 for
     * what they sent instead of 403.
     */
    @Test
    void servicesJudgeACommandOnlyAfterTheCallersRole() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("..internal.application..")
                .should(new ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "check their commands themselves rather than take a @Valid parameter") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method, ConditionEvents events) {
                        method.getParameters().stream()
                                .filter(p -> p.isAnnotatedWith(jakarta.validation.Valid.class))
                                .forEach(p -> events.add(SimpleConditionEvent.violated(method,
                                        method.getFullName() + " takes a @Valid parameter")));
                    }
                }).check(classes);
    }

    @Test
    void theViewSuffixIsForPageBeansOnly() {
        classes().that().haveSimpleNameEndingWith("View")
                .should().beAnnotatedWith(Named.class)
                .andShould().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void modulesAndPackagesHaveNoCycles() {
        slices().matching("org.liberta.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("org.liberta.(*).(*)..").should().beFreeOfCycles().check(classes);
        // Within a module's internals too: application, security, crypto, persistence… each a slice of its own
        // (the rule above sees all of "internal" as one slice, so a cycle between two of them went unnoticed).
        INTERNAL_PACKAGES_FREE_OF_CYCLES.check(classes);
    }

    /** Within a module's internals too: application, security, crypto, persistence… each a slice of its own. */
    private static final com.tngtech.archunit.lang.ArchRule INTERNAL_PACKAGES_FREE_OF_CYCLES =
            slices().matching("org.liberta.(*).internal.(*)..").should().beFreeOfCycles();

    /**
     * The rule above sees a cycle between two internal packages of one module, which the module-level rules do not
     * (they see all of "internal" as one slice): platform's application and security packages had one unnoticed.
     * Proved on two test classes that depend on each other.
     */
    @Test
    void aCycleBetweenTwoInternalPackagesOfOneModuleIsCaught() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.liberta.archfixture");
        assertEquals(2, fixture.size());
        slices().matching("org.liberta.(*).(*)..").should().beFreeOfCycles().check(fixture);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> INTERNAL_PACKAGES_FREE_OF_CYCLES.check(fixture));
    }

    @Test
    void apiPackagesExposeNoEntitiesOrInternals() {
        noClasses().that().resideInAPackage("org.liberta.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("..internal..", "..web..", "..rest..")
                .check(classes);
        noClasses().that().resideInAPackage("org.liberta.*.api..").should().beAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void domainCodeKnowsNoFrameworkOrApplicationCode() {
        noClasses().that().resideInAPackage("..internal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..",
                        "org.primefaces..", "jakarta.servlet..", "..internal.application..", "..internal.persistence..",
                        "..web..", "..rest..")
                .check(classes);
    }

    @Test
    void onlyPersistencePackagesTouchTheEntityManager() {
        noClasses().that().resideOutsideOfPackages("..internal.persistence..", "org.liberta.platform.api.persistence..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
        // The platform's helpers that hold or take the EntityManager serve persistence packages only.
        noClasses().that().resideOutsideOfPackages("..internal.persistence..", "org.liberta.platform.api.persistence..")
                .should().dependOnClassesThat().belongToAnyOf(org.liberta.platform.api.persistence.JpaStore.class,
                        org.liberta.platform.api.persistence.NativeSql.class)
                .check(classes);
    }

    /**
     * Pages and REST answers are made of records the services return, never of entities: an entity handed to a
     * page loads lazily during rendering, outside its transaction, and everything it holds is one getter away.
     */
    @Test
    void pagesAndResourcesNeverTouchAnEntity() {
        noClasses().that().resideInAnyPackage("..web..", "..rest..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void entitiesLiveInInternalDomain() {
        classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..internal.domain..").check(classes);
    }

    @Test
    void viewScopedBeansAreSerializableViewsInWeb() {
        classes().that().areAnnotatedWith(ViewScoped.class)
                .should().haveSimpleNameEndingWith("View")
                .andShould().implement(Serializable.class)
                .andShould().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void restResourcesAreNamedResourceAndLiveInRest() {
        classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .andShould().resideInAPackage("..rest..")
                .check(classes);
    }

    @Test
    void scheduledWorkLivesInJobs() {
        methods().that().areAnnotatedWith(Schedule.class)
                .should().beDeclaredInClassesThat().resideInAPackage("..internal.jobs..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** A dependency on another module is allowed only if declared, and then only on that module's api. */
    private static ArchCondition<JavaClass> useOnlyDeclaredModuleApis() {
        return new ArchCondition<>("use only the api packages of declared modules") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName());
                if (from == null) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String targetPackage = dependency.getTargetClass().getPackageName();
                    String to = moduleOf(targetPackage);
                    if (to == null || to.equals(from)) {
                        continue;
                    }
                    boolean declared = to.equals("platform") || ALLOWED.get(from).contains(to);
                    boolean api = targetPackage.startsWith("org.liberta." + to + ".api");
                    if (!declared || !api) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + (declared ? " (not the module's api)" : " (module " + to + " not declared by " + from + ")")));
                    }
                }
            }
        };
    }

    /**
     * A module's dependency on {@code org.liberta.platform.api.<name>..} needs {@code <name>} in its
     * {@code platformApis}; the api root (caller, pages, errors) is open to every module, and the platform is free
     * within itself.
     */
    private static ArchCondition<JavaClass> useOnlyNamedPlatformApis(Map<String, Set<String>> named) {
        return new ArchCondition<>("use only the platform interfaces their module names") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = moduleOf(origin.getPackageName());
                if (from == null || from.equals("platform")) {
                    return;
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(PLATFORM_API + ".")) {
                        continue;
                    }
                    String api = target.substring(PLATFORM_API.length() + 1).split("\\.")[0];
                    if (!named.get(from).contains(api)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (platform interface " + api + " not named by " + from + ")"));
                    }
                }
            }
        };
    }

    private static final String PLATFORM_API = "org.liberta.platform.api";

    private static String moduleOf(String packageName) {
        List<String> parts = new ArrayList<>(Arrays.asList(packageName.split("\\.")));
        if (parts.size() < 3 || !parts.get(0).equals("org") || !parts.get(1).equals("liberta")) {
            return null;
        }
        return MODULES.contains(parts.get(2)) ? parts.get(2) : null;
    }
}
