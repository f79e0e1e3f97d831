package org.liberta.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.internal.application.AuditTrail;
import org.liberta.platform.internal.application.AuditTrail.ChainVerification;
import org.liberta.platform.internal.domain.AuditEntry;
import org.liberta.platform.internal.domain.AuditQuery;

/** {@code GET /audit}: the audit trail for administrators, newest first, and its chain verifier. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    private AuditTrail trail;

    public record AuditAnswer(long seq, Instant at, String user, String action, String recordType, String recordId,
            String detail, String address) {

        static AuditAnswer of(AuditEntry e) {
            return new AuditAnswer(e.getSeq(), e.getAt(), e.getUsername(), e.getAction(), e.getRecordType(),
                    e.getRecordId(), e.getDetail(), e.getAddress());
        }
    }

    @GET
    public Page<AuditAnswer> search(@QueryParam("recordType") String recordType, @QueryParam("recordId") String recordId,
            @QueryParam("user") String user, @QueryParam("action") String action, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        AuditQuery query = new AuditQuery(blankToNull(recordType), blankToNull(recordId), blankToNull(user),
                blankToNull(action), instant("from", from, false), instant("to", to, true));
        return trail.search(query, PageRequest.of(page, size)).map(AuditAnswer::of);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
