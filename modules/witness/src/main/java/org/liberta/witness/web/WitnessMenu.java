package org.liberta.witness.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the witness pages into the shell's menu for the roles that work there. */
@ApplicationScoped
public class WitnessMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.witness.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        Set<Role> staff = Set.of(Role.LAWYER, Role.PARTNER, Role.ADMIN);
        return List.of(new MenuItem(BUNDLE, "module.title", "/witness/index", "pi pi-calendar", 300, staff),
                new MenuItem(BUNDLE, "escort.menu", "/witness/escorts", "pi pi-users", 310, staff),
                new MenuItem(BUNDLE, "figures.menu", "/witness/figures", "pi pi-chart-bar", 320,
                        Set.of(Role.LAWYER, Role.PARTNER, Role.MEL, Role.ADMIN)));
    }
}
