package org.liberta.platform.internal.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Logger;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liberta.platform.api.ui.UiFeedback;
import org.liberta.platform.internal.application.LibertaConfig;
import org.primefaces.csp.CspException;

/**
 * The two ways a form post goes wrong through no fault of Liberta's, answered instead of failing (docs/security.md
 * item 12). Before, both ended in a blank 500 without the security headers and about 15 KB of stack traces in the
 * log: an expired view was forwarded to the sign-in page as an error page, where PrimeFaces found the forward's
 * script nonce did not match and failed again.
 * <ul>
 * <li>A view that expired, or never existed (a replayed or forged {@code ViewState}): the same address is opened
 * again with a GET, which the sign-in gate sends to the sign-in page when the session has gone too, and the page
 * says that nothing was saved.</li>
 * <li>A post whose script nonce does not match the page it claims to come from (PrimeFaces' CSP check): 400 with a
 * page written without JSF, since rendering one would fail the same check.</li>
 * </ul>
 * Each is the client's doing, so it is logged as one line through {@link ClientMistakes}, never as a trace.
 */
public class FacesErrors extends ExceptionHandlerFactory {

    public FacesErrors(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable failure = events.next().getContext().getException();
                boolean expired = causedBy(failure, ViewExpiredException.class);
                boolean forged = causedBy(failure, CspException.class);
                if (!expired && !forged) {
                    continue;
                }
                events.remove();
                if (faces.getResponseComplete()) {
                    continue; // answered already: PrimeFaces may find the same mismatch again in a later phase
                }
                try {
                    if (expired) {
                        openAgain(faces);
                    } else {
                        refuse(faces);
                    }
                } catch (IOException e) {
                    // The client went away; there is nobody to answer.
                    faces.responseComplete();
                }
            }
            getWrapped().handle();
        }

        private static void openAgain(FacesContext faces) throws IOException {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            ClientMistakes.log(request, 302, "view expired or unknown");
            // The redirect has no page of its own for PrimeFaces to give a policy: it gets the strictest one.
            withHeaders(request, (HttpServletResponse) external.getResponse());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, UiFeedback.text("form.expired"), null));
            external.getFlash().setKeepMessages(true);
            external.redirect(request.getRequestURI());
            faces.responseComplete();
        }

        private static void refuse(FacesContext faces) throws IOException {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            HttpServletResponse response = (HttpServletResponse) external.getResponse();
            ClientMistakes.log(request, 400, "form without its page's script nonce");
            if (!response.isCommitted()) {
                response.reset();
                withHeaders(request, response);
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                response.getOutputStream().write(PlainPage.html(request.getLocales(), "refusedForm")
                        .getBytes(StandardCharsets.UTF_8));
                response.flushBuffer();
            }
            faces.responseComplete();
        }

        private static void withHeaders(HttpServletRequest request, HttpServletResponse response) {
            SecurityHeaders.apply(response, SecurityHeaders.API_POLICY, false,
                    OriginalScheme.https(request, CDI.current().select(LibertaConfig.class).get()));
        }

        private static boolean causedBy(Throwable failure, Class<? extends FacesException> kind) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
