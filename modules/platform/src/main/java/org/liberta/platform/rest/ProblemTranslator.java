package org.liberta.platform.rest;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.liberta.platform.api.AccessDeniedException;
import org.liberta.platform.api.ConflictException;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.ServiceBusyException;
import org.liberta.platform.api.Violations;

/**
 * Turns any failure into a problem+json answer. Client mistakes name the offending fields; server faults
 * say nothing but an incident id, and the log gets the exception types and stack without their messages,
 * because messages (SQL errors especially) can carry the personal values we must never log.
 */
public final class ProblemTranslator {

    private static final Logger LOG = Logger.getLogger(ProblemTranslator.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("(?:property|Property) '?([A-Za-z0-9_]+)'?");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("[Uu]nknown propert[a-z]* '?\\[?([A-Za-z0-9_]+)");

    private ProblemTranslator() {
    }

    public static Problem translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            Problem problem = known(t);
            if (problem != null) {
                return problem;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, () -> "Incident " + incident + ": " + sanitised(failure));
        return Problem.of(500, "Internal error", "Something went wrong on our side; incident " + incident);
    }

    private static Problem known(Throwable t) {
        if (t instanceof ConstraintViolationException cve) {
            return Problem.invalid("Some fields are invalid", Violations.fieldErrors(cve.getConstraintViolations()));
        }
        if (t instanceof InvalidInputException iie) {
            return Problem.invalid("Some fields are invalid", iie.errors());
        }
        if (t instanceof BodyTooLargeException e) {
            return Problem.invalid(e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
        }
        if (t instanceof JsonbException || t instanceof JsonParsingException) {
            return jsonProblem(t);
        }
        if (isParserLimit(t)) {
            return Problem.invalid("The request body could not be read",
                    List.of(new FieldError("body", "is nested too deeply to be read")));
        }
        if (isUnreadableNumber(t)) {
            return Problem.invalid("The request body could not be read",
                    List.of(new FieldError("body", "holds a number too large to be read")));
        }
        if (t instanceof NotFoundException || t instanceof jakarta.ws.rs.NotFoundException) {
            return Problem.of(404, "Not found", "No such resource");
        }
        if (t instanceof AccessDeniedException e) {
            return Problem.of(403, "Forbidden", e.getMessage());
        }
        if (t instanceof ConflictException e) {
            return Problem.of(409, "Conflict", e.getMessage());
        }
        if (t instanceof OptimisticLockException) {
            return Problem.of(409, "Conflict", "The record was changed by someone else; reload it and try again");
        }
        if (t instanceof SQLIntegrityConstraintViolationException) {
            return Problem.of(409, "Conflict", "A record with the same identifying values already exists");
        }
        if (t instanceof ServiceBusyException e) {
            return Problem.of(503, "Busy", e.getMessage());
        }
        if (isDatabaseUnavailable(t)) {
            LOG.warning(() -> "Database unavailable: " + t.getClass().getName());
            return Problem.of(503, "Service unavailable", "The database cannot be reached; try again shortly");
        }
        if (t instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500
                && !(wae.getCause() instanceof JsonbException)) {
            Response.StatusType status = wae.getResponse().getStatusInfo();
            return Problem.of(status.getStatusCode(), status.getReasonPhrase(), status.getReasonPhrase());
        }
        return null;
    }

    /**
     * The JSON parser (Parsson) refuses input nested beyond its depth limit with a bare RuntimeException, which would
     * otherwise read as our fault: it is known by being thrown from inside the parser, not by its message.
     */
    private static boolean isParserLimit(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        return t.getClass() == RuntimeException.class && trace.length > 0
                && trace[0].getClassName().startsWith("org.eclipse.parsson.");
    }

    /**
     * A number the JSON parser hands to {@code BigDecimal} that it refuses (an exponent of thousands of digits): the
     * parser lets the NumberFormatException through, which is the body's fault, known by coming from inside the
     * parser.
     */
    private static boolean isUnreadableNumber(Throwable t) {
        if (!(t instanceof NumberFormatException || t instanceof ArithmeticException)) {
            return false;
        }
        StackTraceElement[] trace = t.getStackTrace();
        for (int i = 0; i < Math.min(8, trace.length); i++) {
            String at = trace[i].getClassName();
            if (at.startsWith("org.eclipse.parsson.") || at.startsWith("org.eclipse.yasson.")) {
                return true;
            }
        }
        return false;
    }

    /** Connection failures and an exhausted or broken pool: the database is away, not the request wrong. */
    private static boolean isDatabaseUnavailable(Throwable t) {
        return t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLRecoverableException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t.getClass().getName().endsWith("PoolingException")
                || t.getClass().getName().equals("jakarta.resource.ResourceException")
                || t.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException");
    }

    private static Problem jsonProblem(Throwable t) {
        List<FieldError> errors = new ArrayList<>();
        String message = String.valueOf(t.getMessage());
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage());
            Matcher unknown = UNKNOWN_PROPERTY.matcher(m);
            if (unknown.find()) {
                errors.add(new FieldError(unknown.group(1), "is not a known field"));
                break;
            }
            Matcher property = JSON_PROPERTY.matcher(m);
            if (property.find()) {
                errors.add(new FieldError(property.group(1), "has the wrong type or an unknown value"));
                break;
            }
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError("body", t instanceof JsonParsingException || message.contains("parsing")
                    ? "is not well-formed JSON" : "could not be read as the expected JSON"));
        }
        return Problem.invalid("The request body could not be read", errors);
    }

    /** Exception types and stack frames, without messages. */
    static String sanitised(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(out.length() == 0 ? "" : " caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(8, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
