package org.liberta.platform.api.ui;

/**
 * Something the signed-in user should see on their home page (a follow-up that is overdue, a certificate about to
 * expire): the text in their language, and the page that deals with it.
 */
public record HomeNotice(String text, String outcome, boolean overdue) {
}
