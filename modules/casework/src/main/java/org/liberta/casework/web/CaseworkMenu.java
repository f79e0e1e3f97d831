package org.liberta.casework.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the casework pages into the shell's menu for the roles that work there. */
@ApplicationScoped
public class CaseworkMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.casework.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        Set<Role> care = Set.of(Role.CASEWORKER, Role.PARTNER, Role.ADMIN);
        return List.of(new MenuItem(BUNDLE, "module.title", "/casework/index", "pi pi-heart", 100, care),
                new MenuItem(BUNDLE, "menu.prevention", "/casework/prevention", "pi pi-shield", 110, care),
                new MenuItem(BUNDLE, "menu.htcds", "/casework/htcds", "pi pi-file-excel", 120,
                        Set.of(Role.CASEWORKER, Role.PARTNER, Role.ADMIN, Role.MEL)),
                new MenuItem(BUNDLE, "menu.retention", "/casework/retention", "pi pi-history", 130, Set.of(Role.ADMIN)));
    }
}
