package org.liberta.advocacy.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.AdvocacyService.CampaignView;
import org.liberta.advocacy.internal.application.AdvocacyService.EngagementView;
import org.liberta.advocacy.internal.application.AdvocacyService.FollowUpView;
import org.liberta.advocacy.internal.application.AdvocacyService.NewCampaign;
import org.liberta.advocacy.internal.application.AdvocacyService.NewEngagement;
import org.liberta.advocacy.internal.application.AdvocacyService.NewOutcome;
import org.liberta.advocacy.internal.application.AdvocacyService.NewStakeholder;
import org.liberta.advocacy.internal.application.AdvocacyService.OutcomeView;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderView;
import org.liberta.advocacy.internal.application.AdvocacyService.TimelineEntry;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;

/**
 * Advocacy records. Stakeholders: {@code GET/POST /advocacy/stakeholders} ({@code {"programme","name","kind",
 * "roleTitle","organisation","country","influence","stance"}}), {@code GET /advocacy/stakeholders/{id}},
 * {@code PUT /advocacy/stakeholders/{id}/role} ({@code {"roleTitle","organisation","since"}}; the old role is kept).
 * Campaigns: {@code GET/POST /advocacy/campaigns} ({@code {"programme","title","ask","target","targetDate","status",
 * "evidence"}}), {@code GET /advocacy/campaigns/{id}}, {@code /timeline}, {@code PUT …/status} {@code {"status"}}.
 * Engagements: {@code GET/POST /advocacy/engagements} ({@code {"campaign" or "programme","date","type",
 * "stakeholders":[ids],"summary","followUps":[{"action","due","owner"}]}}); {@code POST
 * /advocacy/follow-ups/{id}/done}; {@code GET /advocacy/follow-ups/overdue} (mine). Outcomes: {@code POST
 * /advocacy/outcomes} ({@code {"campaign","date","description","forWhom","significance","contribution","how",
 * "evidenceLink","independentlyConfirmed"}}).
 */
@Path("advocacy")
@RequestScoped
public class AdvocacyResource {

    @Inject
    private AdvocacyService advocacy;

    public record RoleChange(String roleTitle, String organisation, LocalDate since) {
    }

    public record StatusChange(String status) {
    }

    @GET
    @Path("stakeholders")
    public Page<StakeholderView> stakeholders(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return advocacy.stakeholders(q, PageRequest.of(page, size));
    }

    @POST
    @Path("stakeholders")
    public Response createStakeholder(@NotNull NewStakeholder body) {
        StakeholderView created = advocacy.createStakeholder(body);
        return Response.created(URI.create("advocacy/stakeholders/" + created.id())).entity(created).build();
    }

    @GET
    @Path("stakeholders/{id}")
    public StakeholderView stakeholder(@PathParam("id") long id) {
        return advocacy.stakeholder(id);
    }

    @PUT
    @Path("stakeholders/{id}/role")
    public StakeholderView changeRole(@PathParam("id") long id, @NotNull RoleChange body) {
        return advocacy.changeRole(id, body.roleTitle(), body.organisation(), body.since());
    }

    @GET
    @Path("campaigns")
    public List<CampaignView> campaigns() {
        return advocacy.campaigns();
    }

    @POST
    @Path("campaigns")
    public Response createCampaign(@NotNull NewCampaign body) {
        CampaignView created = advocacy.createCampaign(body);
        return Response.created(URI.create("advocacy/campaigns/" + created.id())).entity(created).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignView campaign(@PathParam("id") long id) {
        return advocacy.campaign(id);
    }

    @GET
    @Path("campaigns/{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return advocacy.timeline(id, 2000);
    }

    @PUT
    @Path("campaigns/{id}/status")
    public CampaignView status(@PathParam("id") long id, @NotNull StatusChange body) {
        return advocacy.changeStatus(id, body.status());
    }

    @GET
    @Path("engagements")
    public Page<EngagementView> engagements(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return advocacy.engagements(PageRequest.of(page, size));
    }

    @POST
    @Path("engagements")
    public Response logEngagement(@NotNull NewEngagement body) {
        EngagementView created = advocacy.logEngagement(body);
        return Response.created(URI.create("advocacy/engagements/" + created.id())).entity(created).build();
    }

    @POST
    @Path("follow-ups/{id}/done")
    public FollowUpView followUpDone(@PathParam("id") long id) {
        return advocacy.followUpDone(id);
    }

    @GET
    @Path("follow-ups/overdue")
    public List<FollowUpView> overdue() {
        return advocacy.myOverdueFollowUps();
    }

    @POST
    @Path("outcomes")
    public Response recordOutcome(@NotNull NewOutcome body) {
        OutcomeView created = advocacy.recordOutcome(body);
        return Response.created(URI.create("advocacy/outcomes/" + created.id())).entity(created).build();
    }
}
