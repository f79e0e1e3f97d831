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
        return List.of(new MenuItem(BUNDLE, "module.title", "/witness/index", "pi pi-calendar", 300,
                Set.of(Role.LAWYER, Role.ADMIN)));
    }
}
