package org.liberta.platform.internal.application;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.liberta.platform.api.Relationship;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.demo.DemoDataContributor;
import org.liberta.platform.internal.application.ProgrammeService.ProgrammeDefinition;
import org.liberta.platform.internal.application.UserService.NewUser;

/**
 * The five programmes of docs/domain.md and one demo account per role and team. Demo accounts exist only in demo
 * mode and share {@link #DEMO_PASSWORD}, which the run script prints.
 */
@ApplicationScoped
public class PlatformDemoData implements DemoDataContributor {

    public static final String DEMO_PASSWORD = "liberta-demo-2026";

    @Inject
    private ProgrammeService programmes;

    @Inject
    private UserService users;

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void loadDemoData() {
        programme("UK", "United Kingdom", "GB", Relationship.DIRECT);
        programme("RO", "Romania", "RO", Relationship.DIRECT);
        programme("BD", "Bangladesh", "BD", Relationship.DIRECT);
        programme("TH", "LIFT (Thailand)", "TH", Relationship.JOINT_OPERATION);
        programme("IN", "Vihaan (India)", "IN", Relationship.FUNDED_JOINT_OPERATION);

        user("navigator.uk", EnumSet.of(Role.CASEWORKER), Set.of("UK"));
        user("navigator.ro", EnumSet.of(Role.CASEWORKER), Set.of("RO"));
        user("aftercare.bd", EnumSet.of(Role.CASEWORKER), Set.of("BD"));
        user("lawyer.bd", EnumSet.of(Role.LAWYER), Set.of("BD"));
        user("lawyer.uk", EnumSet.of(Role.LAWYER), Set.of("UK"));
        user("trainer", EnumSet.of(Role.TRAINER), Set.of("UK", "BD", "TH"));
        user("advocacy", EnumSet.of(Role.ADVOCACY), Set.of("UK", "RO", "BD"));
        user("mel", EnumSet.of(Role.MEL), Set.of("UK", "RO", "BD", "TH", "IN"));
        user("partner.th", EnumSet.of(Role.PARTNER), Set.of("TH"));
        user("partner.in", EnumSet.of(Role.PARTNER), Set.of("IN"));
    }

    private void programme(String code, String name, String country, Relationship relationship) {
        programmes.defineProgramme(new ProgrammeDefinition(code, name, country, relationship));
    }

    private void user(String username, Set<Role> roles, Set<String> programmeCodes) {
        users.createUser(new NewUser(username, DEMO_PASSWORD, roles, programmeCodes, true, null));
    }
}
