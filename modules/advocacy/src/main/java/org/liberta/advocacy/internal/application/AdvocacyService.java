package org.liberta.advocacy.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.CampaignStatus;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.EngagementKind;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.FollowUpRepository;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderKind;
import org.liberta.advocacy.internal.domain.StakeholderRepository;
import org.liberta.advocacy.internal.domain.StakeholderRole;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.rest.Codes;
import org.liberta.platform.api.rest.PublishedAs;

/**
 * The systemic change unit's records: stakeholders (a person's history kept as their role changes), campaigns and
 * the rules of their status, engagements logged in one step with the stakeholders met and follow-ups, and outcomes.
 * Advocacy staff and administrators write, M&amp;E reads; each within their programmes ("not found" otherwise).
 */
@ApplicationScoped
@Transactional
public class AdvocacyService {

    private static final Role[] WRITERS = AdvocacyScope.WRITERS;
    private static final Role[] READERS = AdvocacyScope.READERS;

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private FollowUpRepository followUps;

    @Inject
    private StakeholderRepository stakeholders;

    @Inject
    private AdvocacyScope scope;

    @Inject
    private AdvocacySearch search;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public record NewStakeholder(String programme, String name, String kind, String roleTitle, String organisation,
            String country, Integer influence, Integer stance) {
    }

    @PublishedAs("StakeholderView")
    public record StakeholderDetail(long id, String programme, String name, String kind, String roleTitle,
            String organisation, String country, Integer influence, Integer stance, List<PastRole> pastRoles) implements Serializable {
    }

    public record PastRole(String roleTitle, String organisation, LocalDate until) implements Serializable {
    }

    public record NewCampaign(String programme, String title, String ask, String target, LocalDate targetDate,
            String status, String evidence) {
    }

    @PublishedAs("CampaignView")
    public record CampaignDetail(long id, String programme, String title, String ask, String target, LocalDate targetDate,
            String status, String evidence) implements Serializable {
    }

    public record NewFollowUp(String action, LocalDate due, String owner) {
    }

    /**
     * An engagement as logged: {@code type}, {@code stakeholders} by id, follow-ups with their owner (default: me).
     * As docs/api.md has it, one stakeholder may instead be named ({@code stakeholder}, found by name in the programme or
     * added with its {@code stakeholderType}), and the programme may follow from the {@code country}.
     */
    /**
     * An engagement. The campaign is {@code campaignId} or {@code campaign}: its title (found case-insensitively
     * in the caller's programmes, or opened on first use) or, as clients of the first API sent it, its id.
     */
    public record NewEngagement(String programme, String campaign, LocalDate date, @Codes(EngagementKind.class) String type,
            List<Long> stakeholders, String summary, List<NewFollowUp> followUps, String country, String stakeholder,
            @Codes(StakeholderKind.class) String stakeholderType, Long campaignId) {
    }

    @PublishedAs("FollowUpView")
    public record FollowUpDetail(long id, long engagementId, String action, LocalDate due, String owner, LocalDate done,
            boolean overdue) implements Serializable {
    }

    @PublishedAs("EngagementView")
    public record EngagementDetail(long id, String programme, Long campaign, LocalDate date, String type,
            List<String> stakeholders, String summary, String loggedBy, List<FollowUpDetail> followUps) implements Serializable {
    }

    /** An outcome; docs/api.md calls the evidence link {@code evidenceUrl}, which is taken as well. */
    /** An outcome; {@code campaign} and {@code campaignId} as for {@link NewEngagement}. */
    public record NewOutcome(String campaign, String programme, LocalDate date, String description, String forWhom,
            @Codes(Outcome.Significance.class) String significance, @Codes(Outcome.Contribution.class) String contribution, String how, String evidenceLink, Boolean independentlyConfirmed,
            String evidenceUrl, Long campaignId) {
    }

    @PublishedAs("OutcomeView")
    public record OutcomeDetail(long id, Long campaign, LocalDate date, String description, String forWhom,
            String significance, String contribution, String how, String evidenceLink, boolean independentlyConfirmed) implements Serializable {
    }

    // ---- stakeholders

    public StakeholderDetail createStakeholder(NewStakeholder s) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = new ArrayList<>();
        ProgrammeSummary programme = programme(errors, s.programme());
        String name = TextFields.required(errors, "name", s.name(), 200);
        StakeholderKind kind = Fields.oneOf(errors, "kind", s.kind(), StakeholderKind.class, true);
        String role = TextFields.optional(errors, "roleTitle", s.roleTitle(), 200);
        String organisation = TextFields.optional(errors, "organisation", s.organisation(), 200);
        String country = Fields.country(errors, s.country());
        Fields.scale(errors, "influence", s.influence());
        Fields.scale(errors, "stance", s.stance());
        Fields.throwIfAny(errors);
        Stakeholder created = repository.save(new Stakeholder(programme.id(), name, kind, role, organisation, country,
                s.influence(), s.stance()));
        repository.flush();
        search.index(created);
        audit.record(AuditActions.CREATE, "advocacy-stakeholder", created.getId(), kind.name());
        return view(created);
    }

    public Page<StakeholderDetail> stakeholders(String text, PageRequest page) {
        caller.requireAnyRole(READERS);
        var scope = caller.programmeIds();
        return new Page<>(stakeholders.stakeholdersIn(scope, text, page.offset(), page.size()).stream().map(this::view)
                .toList(), stakeholders.countStakeholdersIn(scope, text), page.page(), page.size());
    }

    public StakeholderDetail stakeholder(long id) {
        return view(stakeholderInScope(id));
    }

    /** A person moves on (a minister reshuffled, an MP becomes a peer): the role they held is kept in their history. */
    public StakeholderDetail changeRole(long id, String roleTitle, String organisation, LocalDate since) {
        caller.requireAnyRole(WRITERS);
        Stakeholder s = stakeholderInScope(id);
        List<FieldError> errors = new ArrayList<>();
        String role = TextFields.optional(errors, "roleTitle", roleTitle, 200);
        String org = TextFields.optional(errors, "organisation", organisation, 200);
        Fields.throwIfAny(errors);
        String oldRole = s.getRoleTitle();
        String oldOrganisation = s.getOrganisation();
        if (s.takesRole(role, org)) {
            repository.save(new StakeholderRole(s.getId(), oldRole, oldOrganisation,
                    (since == null ? LocalDate.now() : since).minusDays(1)));
            audit.record(AuditActions.UPDATE, "advocacy-stakeholder", id, "role changed");
            search.index(s);
        }
        repository.flush();
        return view(s);
    }

    // ---- campaigns

    public CampaignDetail createCampaign(NewCampaign c) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = new ArrayList<>();
        ProgrammeSummary programme = programme(errors, c.programme());
        String title = TextFields.required(errors, "title", c.title(), 200);
        String ask = TextFields.required(errors, "ask", c.ask(), 2000);
        String target = TextFields.optional(errors, "target", c.target(), 300);
        String evidence = TextFields.optional(errors, "evidence", c.evidence(), 2000);
        CampaignStatus status = Fields.oneOf(errors, "status", c.status(), CampaignStatus.class, false);
        if (status != null && status.isClosed()) {
            errors.add(new FieldError("status", "a new campaign is planned or active"));
        }
        Fields.throwIfAny(errors);
        Campaign created = repository.save(new Campaign(programme.id(), title, ask, target, c.targetDate(),
                status == null ? CampaignStatus.PLANNED : status, evidence));
        repository.flush();
        search.index(created);
        audit.record(AuditActions.CREATE, "advocacy-campaign", created.getId(), title);
        return view(created);
    }

    public List<CampaignDetail> campaigns() {
        caller.requireAnyRole(READERS);
        return repository.campaignsIn(caller.programmeIds()).stream().map(this::view).toList();
    }

    public CampaignDetail campaign(long id) {
        return view(campaignInScope(id));
    }

    public CampaignDetail changeStatus(long id, String status) {
        caller.requireAnyRole(WRITERS);
        Campaign c = campaignInScope(id);
        List<FieldError> errors = new ArrayList<>();
        CampaignStatus next = Fields.oneOf(errors, "status", status, CampaignStatus.class, true);
        Fields.throwIfAny(errors);
        String refusal = c.getStatus().refusal(next, repository.countOutcomesOfCampaign(id));
        if (refusal != null) {
            throw InvalidInputException.of("status", refusal);
        }
        if (next != c.getStatus()) {
            c.moveTo(next);
            audit.record(AuditActions.UPDATE, "advocacy-campaign", id, "status " + next);
        }
        return view(c);
    }

    // ---- engagements and follow-ups

    /** Logs an engagement and its follow-ups in one step; anything wrong is 400 naming the field, nothing written. */
    public EngagementDetail logEngagement(NewEngagement e) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = new ArrayList<>();
        long programmeId = -1;
        CampaignReference campaignRef = campaignReferred(errors, e.campaign(), e.campaignId(), e.programme(), e.country());
        if (campaignRef != null) {
            programmeId = campaignRef.programmeId();
        } else if ((e.programme() == null || e.programme().isBlank()) && e.country() != null && !e.country().isBlank()) {
            ProgrammeSummary programme = scope.programmeInCountry(errors, e.country());
            programmeId = programme == null ? -1 : programme.id();
        } else {
            ProgrammeSummary programme = programme(errors, e.programme());
            programmeId = programme == null ? -1 : programme.id();
        }
        String country = Fields.country(errors, e.country());
        if (e.date() == null) {
            errors.add(new FieldError("date", "is required"));
        } else if (e.date().isAfter(LocalDate.now().plusDays(1))) {
            errors.add(new FieldError("date", "an engagement is logged once it has happened"));
        }
        EngagementKind kind = Fields.oneOf(errors, "type", e.type(), EngagementKind.class, true);
        String summary = TextFields.required(errors, "summary", e.summary(), 2000);
        Set<Long> met = new LinkedHashSet<>(e.stakeholders() == null ? List.of() : e.stakeholders());
        Map<Long, Stakeholder> found = stakeholders.stakeholders(met);
        for (Long id : met) {
            Stakeholder s = found.get(id);
            if (s == null || !caller.canSeeProgramme(s.getProgrammeId())) {
                errors.add(new FieldError("stakeholders", "no stakeholder " + id + " in your programmes"));
            }
        }
        // A stakeholder named rather than chosen: the one of that name in the programme, or a new one of the type given.
        String named = TextFields.optional(errors, "stakeholder", e.stakeholder(), 200);
        Stakeholder namedStakeholder = named == null || programmeId < 0 ? null
                : stakeholders.stakeholderNamed(programmeId, named).orElse(null);
        StakeholderKind newKind = named != null && namedStakeholder == null
                ? Fields.oneOf(errors, "stakeholderType", e.stakeholderType(), StakeholderKind.class, true) : null;
        List<NewFollowUp> followUps = e.followUps() == null ? List.of() : e.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            NewFollowUp f = followUps.get(i);
            String field = "followUps[" + i + "]";
            TextFields.required(errors, field + ".action", f.action(), 500);
            if (f.due() == null) {
                errors.add(new FieldError(field + ".due", "is required"));
            } else if (e.date() != null && f.due().isBefore(e.date())) {
                errors.add(new FieldError(field + ".due", "cannot fall before the engagement"));
            }
        }
        Fields.throwIfAny(errors);
        Campaign campaign = campaignRef == null ? null : campaignRef.campaign();
        if (named != null) {
            if (namedStakeholder == null) {
                namedStakeholder = repository.save(new Stakeholder(programmeId, named, newKind, null, null, country,
                        null, null));
                repository.flush();
                search.index(namedStakeholder);
                audit.record(AuditActions.CREATE, "advocacy-stakeholder", namedStakeholder.getId(), newKind.name());
            }
            met.add(namedStakeholder.getId());
            found = new java.util.HashMap<>(found);
            found.put(namedStakeholder.getId(), namedStakeholder);
        }
        Engagement engagement = repository.save(new Engagement(programmeId, campaign == null ? null : campaign.getId(),
                e.date(), kind, summary, caller.username(), met));
        repository.flush();
        List<FollowUp> agreed = new ArrayList<>();
        for (NewFollowUp f : followUps) {
            agreed.add(repository.save(new FollowUp(engagement, f.action().strip(), f.due(),
                    f.owner() == null || f.owner().isBlank() ? caller.username() : f.owner().strip())));
        }
        repository.flush();
        search.index(engagement, met.stream().map(found::get).toList(), agreed);
        audit.record(AuditActions.CREATE, "advocacy-engagement", engagement.getId(), kind.name());
        return view(engagement);
    }

    public Page<EngagementDetail> engagements(PageRequest page) {
        caller.requireAnyRole(READERS);
        var scope = caller.programmeIds();
        List<Engagement> list = repository.engagementsIn(scope, page.offset(), page.size());
        return new Page<>(views(list), repository.countEngagementsIn(scope), page.page(), page.size());
    }

    public FollowUpDetail followUpDone(long id) {
        caller.requireAnyRole(WRITERS);
        FollowUp f = followUps.followUp(id).orElseThrow(() -> new NotFoundException("follow-up"));
        caller.requireProgramme(f.getProgrammeId());
        if (f.done(LocalDate.now())) {
            audit.record(AuditActions.UPDATE, "advocacy-follow-up", id, "done");
        }
        return view(f);
    }

    /** The caller's own follow-ups that are overdue, soonest first (the home page shows them). */
    public List<FollowUpDetail> myOverdueFollowUps() {
        caller.requireAnyRole(WRITERS);
        return followUps.followUpsDueBefore(caller.username(), caller.programmeIds(), LocalDate.now(), 50).stream()
                .map(this::view).toList();
    }

    /** My open follow-ups due today or earlier, soonest first: the advocacy page's "to do". */
    public List<FollowUpDetail> myFollowUpsDue() {
        caller.requireAnyRole(WRITERS);
        return followUps.followUpsDueBefore(caller.username(), caller.programmeIds(), LocalDate.now().plusDays(1), 50)
                .stream().map(this::view).toList();
    }

    /** A campaign with nothing logged for this many days has gone quiet; the home page says so. */
    public static final int QUIET_DAYS = 60;

    /** The advocacy part of someone's day: follow-ups due by today, and their programmes' quiet campaigns. */
    public record Workload(long followUpsDue, long quietCampaigns) {
    }

    public Workload workload() {
        caller.requireAnyRole(WRITERS);
        LocalDate today = LocalDate.now();
        return new Workload(followUps.countFollowUpsDueBefore(caller.username(), caller.programmeIds(), today.plusDays(1)),
                repository.countCampaignsQuietSince(caller.programmeIds(), today.minusDays(QUIET_DAYS)));
    }

    /** Active campaigns with no engagement logged in the last {@link #QUIET_DAYS} days, by title. */
    public List<CampaignDetail> quietCampaigns() {
        caller.requireAnyRole(READERS);
        return repository.campaignsQuietSince(caller.programmeIds(), LocalDate.now().minusDays(QUIET_DAYS)).stream()
                .map(this::view).toList();
    }

    // ---- outcomes

    public OutcomeDetail recordOutcome(NewOutcome o) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = new ArrayList<>();
        long programmeId = -1;
        CampaignReference campaignRef = campaignReferred(errors, o.campaign(), o.campaignId(), o.programme(), null);
        if (campaignRef != null) {
            programmeId = campaignRef.programmeId();
        } else {
            ProgrammeSummary programme = programme(errors, o.programme());
            programmeId = programme == null ? -1 : programme.id();
        }
        if (o.date() == null) {
            errors.add(new FieldError("date", "is required: when did it change?"));
        }
        String description = TextFields.required(errors, "description", o.description(), 2000);
        String forWhom = TextFields.optional(errors, "forWhom", o.forWhom(), 300);
        Outcome.Significance significance = Fields.oneOf(errors, "significance", o.significance(),
                Outcome.Significance.class, true);
        Outcome.Contribution contribution = Fields.oneOf(errors, "contribution", o.contribution(),
                Outcome.Contribution.class, true);
        String how = TextFields.optional(errors, "how", o.how(), 2000);
        String linkField = o.evidenceLink() == null && o.evidenceUrl() != null ? "evidenceUrl" : "evidenceLink";
        String link = TextFields.optional(errors, linkField, o.evidenceLink() == null ? o.evidenceUrl() : o.evidenceLink(),
                500);
        if (link != null && !link.toLowerCase(Locale.ROOT).matches("https?://\\S+")) {
            errors.add(new FieldError(linkField, "must be an http(s) link"));
        }
        Fields.throwIfAny(errors);
        Campaign campaign = campaignRef == null ? null : campaignRef.campaign();
        Outcome created = repository.save(new Outcome(programmeId, campaign == null ? null : campaign.getId(), o.date(),
                description, forWhom, significance, contribution, how, link, Boolean.TRUE.equals(o.independentlyConfirmed())));
        repository.flush();
        search.index(created);
        audit.record(AuditActions.CREATE, "advocacy-outcome", created.getId(), significance + "/" + contribution);
        return view(created);
    }

    /** A campaign's outcomes, newest first. */
    public List<OutcomeDetail> outcomesOf(long campaignId) {
        campaignInScope(campaignId);
        return repository.outcomesOfCampaign(campaignId).stream().map(this::view).toList();
    }

    // ---- campaign timeline

    /** One line of a campaign's timeline: an engagement or an outcome. */
    public record TimelineEntry(LocalDate date, String kind, long id, String title, String detail) implements Serializable {
    }

    /** Engagements and outcomes on one line, newest first; at most {@code max} of each. */
    public List<TimelineEntry> timeline(long campaignId, int max) {
        campaignInScope(campaignId);
        List<TimelineEntry> entries = new ArrayList<>();
        List<Engagement> engagements = repository.engagementsOfCampaign(campaignId, max);
        Map<Long, List<Long>> met = stakeholders.stakeholdersMetForCampaign(campaignId);
        Map<Long, Stakeholder> people = stakeholders.stakeholders(met.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        for (Engagement e : engagements) {
            entries.add(new TimelineEntry(e.getOccurredOn(), e.getKind().name(), e.getId(),
                    met.getOrDefault(e.getId(), List.of()).stream().map(people::get).filter(java.util.Objects::nonNull)
                            .map(Stakeholder::getName).collect(Collectors.joining(", ")), e.getSummary()));
        }
        for (Outcome o : repository.outcomesOfCampaign(campaignId)) {
            entries.add(new TimelineEntry(o.getOccurredOn(), "OUTCOME", o.getId(), o.getSignificance() + " · "
                    + o.getContribution(), o.getDescription()));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed().thenComparing(TimelineEntry::kind));
        return entries;
    }

    // ---- helpers

    /**
     * A campaign a body refers to: one in the caller's programmes, or the title of one to open when the record is
     * written ({@link #campaign()}), in the programme the body names, the one its country implies, or the caller's
     * only programme.
     */
    private final class CampaignReference {

        private Campaign existing;
        private final String newTitle;
        private final long programmeId;

        CampaignReference(Campaign existing, String newTitle, long programmeId) {
            this.existing = existing;
            this.newTitle = newTitle;
            this.programmeId = programmeId;
        }

        long programmeId() {
            return programmeId;
        }

        /** The campaign, opened now (active: work is being logged against it) if it is new. */
        Campaign campaign() {
            if (existing == null) {
                existing = repository.save(new Campaign(programmeId, newTitle, newTitle, null, null, CampaignStatus.ACTIVE,
                        null));
                repository.flush();
                search.index(existing);
                audit.record(AuditActions.CREATE, "advocacy-campaign", existing.getId(), newTitle + " (first used)");
            }
            return existing;
        }
    }

    /** Null when the body names no campaign; problems are added to {@code errors} under the field sent. */
    private CampaignReference campaignReferred(List<FieldError> errors, String campaign, Long campaignId,
            String programmeCode, String country) {
        String field = campaignId != null ? "campaignId" : "campaign";
        String text = campaign == null ? null : campaign.strip();
        Long id = campaignId != null ? campaignId
                : text != null && !text.isEmpty() && text.length() < 18 && text.chars().allMatch(Character::isDigit)
                        ? Long.valueOf(text) : null;
        if (id != null) {
            Campaign found = repository.campaign(id).filter(c -> caller.canSeeProgramme(c.getProgrammeId())).orElse(null);
            if (found == null) {
                errors.add(new FieldError(field, "no such campaign in your programmes"));
                return new CampaignReference(null, null, -1);
            }
            return new CampaignReference(found, null, found.getProgrammeId());
        }
        if (text == null || text.isEmpty()) {
            return null;
        }
        String title = TextFields.required(errors, "campaign", text, 200);
        Campaign found = title == null ? null : repository.campaignTitled(caller.programmeIds(), title).orElse(null);
        if (found != null) {
            return new CampaignReference(found, null, found.getProgrammeId());
        }
        ProgrammeSummary programme;
        if (programmeCode != null && !programmeCode.isBlank()) {
            programme = programme(errors, programmeCode);
        } else if (country != null && !country.isBlank()) {
            programme = scope.programmeInCountry(errors, country);
        } else {
            List<ProgrammeSummary> mine = scope.callerProgrammes();
            programme = mine.size() == 1 ? mine.get(0) : null;
            if (programme == null) {
                errors.add(new FieldError("programme", "a new campaign \"" + text + "\" needs its programme: say which"));
            }
        }
        return new CampaignReference(null, title, programme == null ? -1 : programme.id());
    }

    private ProgrammeSummary programme(List<FieldError> errors, String code) {
        return scope.programme(errors, code);
    }

    private Stakeholder stakeholderInScope(long id) {
        return scope.stakeholder(id);
    }

    private Campaign campaignInScope(long id) {
        return scope.campaign(id);
    }

    private String code(long programmeId) {
        return scope.code(programmeId);
    }

    private StakeholderDetail view(Stakeholder s) {
        return new StakeholderDetail(s.getId(), code(s.getProgrammeId()), s.getName(), s.getKind().name(), s.getRoleTitle(),
                s.getOrganisation(), s.getCountry(), s.getInfluence(), s.getStance(), stakeholders.rolesOf(s.getId()).stream()
                        .map(r -> new PastRole(r.getRoleTitle(), r.getOrganisation(), r.getUntilOn())).toList());
    }

    private CampaignDetail view(Campaign c) {
        return new CampaignDetail(c.getId(), code(c.getProgrammeId()), c.getTitle(), c.getAsk(), c.getTarget(),
                c.getTargetOn(), c.getStatus().name(), c.getEvidence());
    }

    private EngagementDetail view(Engagement e) {
        return views(List.of(e)).get(0);
    }

    /** Views of many engagements: whom they met, their names and the follow-ups in three queries. */
    private List<EngagementDetail> views(List<Engagement> engagements) {
        Map<Long, List<Long>> met = stakeholders.stakeholdersMet(engagements.stream().map(Engagement::getId).toList());
        Map<Long, Stakeholder> people = stakeholders.stakeholders(met.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<Long, List<FollowUp>> promised = followUps.followUpsOf(engagements.stream().map(Engagement::getId).toList())
                .stream().collect(Collectors.groupingBy(FollowUp::getEngagementId));
        return engagements.stream().map(e -> new EngagementDetail(e.getId(), code(e.getProgrammeId()), e.getCampaignId(),
                e.getOccurredOn(), e.getKind().name(), met.getOrDefault(e.getId(), List.of()).stream().map(people::get)
                        .filter(java.util.Objects::nonNull).map(Stakeholder::getName).toList(), e.getSummary(),
                e.getLoggedBy(), promised.getOrDefault(e.getId(), List.of()).stream().map(this::view).toList())).toList();
    }

    private FollowUpDetail view(FollowUp f) {
        return new FollowUpDetail(f.getId(), f.getEngagementId(), f.getAction(), f.getDueOn(), f.getOwner(), f.getDoneOn(),
                f.isOverdue(LocalDate.now()));
    }

    private OutcomeDetail view(Outcome o) {
        return new OutcomeDetail(o.getId(), o.getCampaignId(), o.getOccurredOn(), o.getDescription(), o.getForWhom(),
                o.getSignificance().name(), o.getContribution().name(), o.getContributionHow(), o.getEvidenceLink(),
                o.isIndependentlyConfirmed());
    }
}
