package org.liberta.platform.api.ui;

import java.util.Set;

import org.liberta.platform.api.Role;

/**
 * One entry of the main menu. {@code bundle} and {@code labelKey} name the module's own message bundle, so
 * the label follows the user's language; an empty {@code roles} set means every signed-in user.
 */
public record MenuItem(String bundle, String labelKey, String outcome, String icon, int order, Set<Role> roles) {
}
