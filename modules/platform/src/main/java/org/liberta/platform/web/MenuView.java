package org.liberta.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.Caller;
import org.liberta.platform.api.ui.HomeNotice;
import org.liberta.platform.api.ui.HomeNotices;
import org.liberta.platform.api.ui.MenuContribution;
import org.liberta.platform.api.ui.MenuItem;
import org.liberta.platform.api.ui.UiFeedback;

/** The main menu, gathered from every module's {@link MenuContribution} and trimmed to the user's roles. */
@Named
@RequestScoped
public class MenuView {

    @Inject
    private Instance<MenuContribution> contributions;

    @Inject
    private Caller caller;

    @Inject
    private Instance<HomeNotices> noticeSources;

    private List<MenuItem> items;
    private List<HomeNotice> notices;

    /** What the modules ask the user to look at, shown on the home page above the modules. */
    public List<HomeNotice> getNotices() {
        if (notices == null) {
            notices = noticeSources.stream().flatMap(n -> n.forCurrentUser().stream()).toList();
        }
        return notices;
    }

    public List<MenuItem> getItems() {
        if (items == null) {
            items = contributions.stream().flatMap(c -> c.menuItems().stream())
                    .filter(i -> i.roles().isEmpty() || i.roles().stream().anyMatch(caller::hasRole))
                    .sorted(Comparator.comparingInt(MenuItem::order)).toList();
        }
        return items;
    }

    public String label(MenuItem item) {
        return UiFeedback.text(item.bundle(), item.labelKey());
    }

    public String getUsername() {
        return caller.username();
    }

    public boolean isSignedIn() {
        return caller.isAuthenticated();
    }
}
