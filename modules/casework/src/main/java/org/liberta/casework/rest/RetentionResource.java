package org.liberta.casework.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.liberta.casework.internal.application.DataProtectionService;
import org.liberta.casework.internal.application.DataProtectionService.Policy;
import org.liberta.casework.internal.application.DataProtectionService.RetentionRun;

/**
 * Retention (ADMIN): {@code GET/PUT /retention/policies/{programme}} ({@code {"retentionMonths","version"}}) and
 * {@code POST /retention/runs} ({@code {"programme","dryRun":true}}) which anonymises closed cases past the
 * period, or with {@code dryRun} only lists them.
 */
@Path("retention")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    private DataProtectionService dataProtection;

    public record PolicyBody(Integer retentionMonths, Long version) {
    }

    public record RunBody(String programme, Boolean dryRun) {
    }

    @GET
    @Path("policies/{programme}")
    public Policy policy(@PathParam("programme") String programme) {
        return dataProtection.policy(programme);
    }

    @PUT
    @Path("policies/{programme}")
    public Policy setPolicy(@PathParam("programme") String programme, @NotNull PolicyBody body) {
        return dataProtection.setPolicy(programme, body.retentionMonths(), body.version());
    }

    /** A dry run unless {@code dryRun} is explicitly false: anonymising is not undone. */
    @POST
    @Path("runs")
    public RetentionRun run(@NotNull RunBody body) {
        return dataProtection.runRetention(body.programme(), !Boolean.FALSE.equals(body.dryRun()));
    }
}
