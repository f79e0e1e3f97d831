package org.liberta.advocacy.web;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.liberta.platform.api.Role;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;

/** Puts the advocacy pages into the shell's menu for the roles that work there. */
@ApplicationScoped
public class AdvocacyMenu implements MenuContribution {

    static final String BUNDLE = "org.liberta.advocacy.web.messages";

    @Override
    public List<MenuItem> menuItems() {
        return List.of(new MenuItem(BUNDLE, "module.title", "/advocacy/index", "pi pi-megaphone", 500,
                Set.of(Role.ADVOCACY, Role.ADMIN)));
    }
}
