package org.liberta.advocacy.rest;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.liberta.advocacy.internal.application.AdvocacySearch;
import org.liberta.advocacy.internal.application.AdvocacyService;
import org.liberta.advocacy.internal.application.AdvocacyService.CampaignDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.EngagementDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.FollowUpDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.NewCampaign;
import org.liberta.advocacy.internal.application.AdvocacyService.NewEngagement;
import org.liberta.advocacy.internal.application.AdvocacyService.NewOutcome;
import org.liberta.advocacy.internal.application.AdvocacyService.NewStakeholder;
import org.liberta.advocacy.internal.application.AdvocacyService.OutcomeDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.RoleChange;
import org.liberta.advocacy.internal.application.AdvocacyService.StakeholderDetail;
import org.liberta.advocacy.internal.application.AdvocacyService.StatusChange;
import org.liberta.advocacy.internal.application.AdvocacyService.TimelineEntry;
import org.liberta.advocacy.internal.application.BriefingPack;
import org.liberta.advocacy.internal.application.EvidenceService;
import org.liberta.advocacy.internal.application.StakeholderMapService;
import org.liberta.advocacy.internal.application.StakeholderMapService.MapEntry;
import org.liberta.advocacy.internal.application.StakeholderMapService.Placement;
import org.liberta.advocacy.internal.application.StakeholderMapService.StakeholderMap;
import org.liberta.advocacy.internal.domain.EvidenceInfo;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.rest.Downloads;

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
 * "evidenceLink","independentlyConfirmed"}}); {@code GET /advocacy/campaigns/{id}/outcomes}; evidence files: {@code POST
 * /advocacy/outcomes/{id}/evidence?fileName=…} (the file as the body; size- and type-limited), {@code GET
 * /advocacy/outcomes/{id}/evidence}, {@code GET /advocacy/evidence/{id}} (the file). Stakeholder map: {@code GET
 * /advocacy/campaigns/{id}/map}, {@code PUT /advocacy/campaigns/{id}/map/{stakeholderId}} ({@code {"influence",
 * "stance","version"}}). Briefing pack: {@code GET /advocacy/campaigns/{id}/briefing-pack} (PDF). Search: {@code GET
 * /advocacy/search?q=…&page&size} (every word must match; words of 3 letters or more also match as a word's start);
 * {@code POST /advocacy/search/rebuild} (administrators).
 */
@Path("advocacy")
@RequestScoped
public class AdvocacyResource {

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private AdvocacySearch search;

    @Inject
    private StakeholderMapService maps;

    @Inject
    private EvidenceService evidence;

    @Inject
    private BriefingPack briefingPack;

    @GET
    @Path("stakeholders")
    public Page<StakeholderDetail> stakeholders(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return advocacy.stakeholders(q, PageRequest.of(page, size));
    }

    @POST
    @Path("stakeholders")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = StakeholderDetail.class)))
    public Response createStakeholder(@NotNull NewStakeholder body) {
        StakeholderDetail created = advocacy.createStakeholder(body);
        return Response.created(URI.create("advocacy/stakeholders/" + created.id())).entity(created).build();
    }

    @GET
    @Path("stakeholders/{id}")
    public StakeholderDetail stakeholder(@PathParam("id") long id) {
        return advocacy.stakeholder(id);
    }

    @PUT
    @Path("stakeholders/{id}/role")
    public StakeholderDetail changeRole(@PathParam("id") long id, @NotNull RoleChange body) {
        return advocacy.changeRole(id, body);
    }

    @GET
    @Path("campaigns")
    public List<CampaignDetail> campaigns() {
        return advocacy.campaigns();
    }

    @POST
    @Path("campaigns")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = CampaignDetail.class)))
    public Response createCampaign(@NotNull NewCampaign body) {
        CampaignDetail created = advocacy.createCampaign(body);
        return Response.created(URI.create("advocacy/campaigns/" + created.id())).entity(created).build();
    }

    @GET
    @Path("campaigns/{id}")
    public CampaignDetail campaign(@PathParam("id") long id) {
        return advocacy.campaign(id);
    }

    @GET
    @Path("campaigns/{id}/timeline")
    public List<TimelineEntry> timeline(@PathParam("id") long id) {
        return advocacy.timeline(id, 2000);
    }

    @PUT
    @Path("campaigns/{id}/status")
    public CampaignDetail status(@PathParam("id") long id, @NotNull StatusChange body) {
        return advocacy.changeStatus(id, body);
    }

    @GET
    @Path("engagements")
    public Page<EngagementDetail> engagements(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return advocacy.engagements(PageRequest.of(page, size));
    }

    @POST
    @Path("engagements")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = EngagementDetail.class)))
    public Response logEngagement(@NotNull NewEngagement body) {
        EngagementDetail created = advocacy.logEngagement(body);
        return Response.created(URI.create("advocacy/engagements/" + created.id())).entity(created).build();
    }

    @POST
    @Path("follow-ups/{id}/done")
    public FollowUpDetail followUpDone(@PathParam("id") long id) {
        return advocacy.followUpDone(id);
    }

    @GET
    @Path("follow-ups/overdue")
    public List<FollowUpDetail> overdue() {
        return advocacy.myOverdueFollowUps();
    }

    @POST
    @Path("outcomes")
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = OutcomeDetail.class)))
    public Response recordOutcome(@NotNull NewOutcome body) {
        OutcomeDetail created = advocacy.recordOutcome(body);
        return Response.created(URI.create("advocacy/outcomes/" + created.id())).entity(created).build();
    }

    @GET
    @Path("campaigns/{id}/outcomes")
    public List<OutcomeDetail> outcomes(@PathParam("id") long id) {
        return advocacy.outcomesOf(id);
    }

    @POST
    @Path("outcomes/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @APIResponse(responseCode = "201", description = "created", content = @Content(schema = @Schema(implementation = EvidenceInfo.class)))
    public Response uploadEvidence(@PathParam("id") long id, @QueryParam("fileName") String fileName,
            java.io.InputStream file) {
        EvidenceInfo created = evidence.upload(id, fileName, file);
        return Response.created(URI.create("advocacy/evidence/" + created.id())).entity(created).build();
    }

    @GET
    @Path("outcomes/{id}/evidence")
    public List<EvidenceInfo> evidenceOf(@PathParam("id") long id) {
        return evidence.evidenceOf(id);
    }

    @GET
    @Path("evidence/{id}")
    @Produces(MediaType.WILDCARD)
    public Response evidenceFile(@PathParam("id") long id) {
        EvidenceService.EvidenceFile file = evidence.download(id);
        return Downloads.attachment(file.content(), file.contentType(), file.fileName());
    }

    @GET
    @Path("campaigns/{id}/map")
    public StakeholderMap map(@PathParam("id") long id) {
        return maps.map(id);
    }

    @PUT
    @Path("campaigns/{id}/map/{stakeholder}")
    public MapEntry place(@PathParam("id") long id, @PathParam("stakeholder") long stakeholder,
            @NotNull Placement body) {
        return maps.place(id, stakeholder, body);
    }

    @GET
    @Path("campaigns/{id}/briefing-pack")
    @Produces("application/pdf")
    public Response briefingPack(@PathParam("id") long id) {
        return Downloads.attachment(briefingPack.pdf(id), "application/pdf", "briefing-pack-" + id + ".pdf");
    }

    @GET
    @Path("search")
    public AdvocacySearch.Hits search(@QueryParam("q") String q, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return search.search(q, PageRequest.of(page, size));
    }

    @POST
    @Path("search/rebuild")
    public java.util.Map<String, Integer> rebuildSearch() {
        return java.util.Map.of("records", search.rebuild());
    }
}
