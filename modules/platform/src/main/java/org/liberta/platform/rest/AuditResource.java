package org.liberta.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.internal.application.AuditTrail;
import org.liberta.platform.internal.application.AuditTrail.AuditRecord;
import org.liberta.platform.internal.application.AuditTrail.ChainVerification;
import org.liberta.platform.internal.domain.AuditQuery;

/** {@code GET /audit}: the audit trail for administrators, newest first, and its chain verifier. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail trail;

    /**
     * Filters match whatever the case (docs/api.md's {@code recordType=Survivor} finds {@code survivor}): the trail stores
     * record types and user names in lower case and actions in upper case, so the filter is put in the same case
     * and the indexed columns are compared as they are.
     */
    @GET
    public Page<AuditRecord> search(
            @Parameter(description = "the kind of record, in any case", schema = @Schema(enumeration = {
                "accused", "advocacy-campaign", "advocacy-engagement", "advocacy-evidence", "advocacy-follow-up",
                "advocacy-outcome", "advocacy-stakeholder", "court-case", "court-case-import", "headline-report",
                "hearing", "hearing-attendance", "htcds-import", "investigation", "prevention-session",
                "programme", "report-records", "report-snapshot", "report-target", "retention-policy", "role",
                "survivor", "token", "training-certificate", "training-course", "training-professional", "training-session",
                "training-sign-in-sheet", "user", "vault", "witness", "witness-concern",
                "witness-contact-rule", "witness-escort", "witness-reminder", "witness-staff", "witness-task"}))
            @QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
            @QueryParam("user") String user,
            @Parameter(schema = @Schema(enumeration = {"CREATE", "UPDATE", "DELETE", "REVEAL", "EXPORT", "DENIED",
                "LOGIN", "LOGIN_FAILED", "LOCKED_OUT", "LOGOUT", "MFA_ENROLLED", "TOKEN_ISSUED", "TOKEN_REVOKED",
                "KEY_ROTATION"}))
            @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditQuery query = new AuditQuery(lower(recordType), TextFields.clean(recordId), lower(user),
                upper(action), instant("from", from, false), instant("to", to, true));
        return trail.search(query, PageRequest.of(page, size));
    }

    @GET
    @Path("verify")
    public ChainVerification verify() {
        return trail.verify();
    }

    /** Accepts a date (whole day, UTC) or an ISO instant; {@code to} dates are inclusive. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "must be a date (YYYY-MM-DD) or an ISO-8601 instant");
        }
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
