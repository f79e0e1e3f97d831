package org.liberta.advocacy.internal.application;

import static org.liberta.platform.api.TextFields.clean;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
import org.liberta.platform.api.Codes;
import org.liberta.platform.api.CountryCode;
import org.liberta.platform.api.EnumCodes;
import org.liberta.platform.api.FieldError;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.NotFoundException;
import org.liberta.platform.api.Page;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.ProgrammeSummary;
import org.liberta.platform.api.Role;
import org.liberta.platform.api.RulesAcrossFields;
import org.liberta.platform.api.TextFields;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
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

    /** An evidence link: a web address, so that nobody is sent to a file path or a script. */
    private static final String WEB_LINK = "(?i)https?://\\S+";

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

    @Inject
    private Validator validator;

    public record NewStakeholder(String programme, @NotBlank @Size(max = 200) String name,
            @NotBlank @Codes(value = StakeholderKind.class, asEnum = false) String kind, @Size(max = 200) String roleTitle,
            @Size(max = 200) String organisation, @CountryCode String country, @Scale Integer influence,
            @Scale Integer stance) {

        public NewStakeholder {
            name = clean(name);
            roleTitle = clean(roleTitle);
            organisation = clean(organisation);
            country = TextFields.code(country);
        }
    }

    /** A stakeholder's new role; the one they held goes into their history, ending the day before {@code since}. */
    public record RoleChange(@Size(max = 200) String roleTitle, @Size(max = 200) String organisation, LocalDate since) {

        public RoleChange {
            roleTitle = clean(roleTitle);
            organisation = clean(organisation);
        }
    }

    /** A campaign's next status; the status rules say which moves are allowed. */
    public record StatusChange(@NotBlank @Codes(value = CampaignStatus.class, asEnum = false) String status) {
    }

    @PublishedAs("StakeholderView")
    public record StakeholderDetail(long id, String programme, String name, String kind, String roleTitle,
            String organisation, String country, Integer influence, Integer stance, List<PastRole> pastRoles) implements Serializable {
    }

    public record PastRole(String roleTitle, String organisation, LocalDate until) implements Serializable {
    }

    /** A campaign; it starts planned unless it is already active (a campaign cannot be opened won or dropped). */
    public record NewCampaign(String programme, @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String ask, @Size(max = 300) String target, LocalDate targetDate,
            @Pattern(regexp = "(?i)planned|active", message = "a new campaign is planned or active") String status,
            @Size(max = 2000) String evidence) {

        public NewCampaign {
            title = clean(title);
            ask = clean(ask);
            target = clean(target);
            status = clean(status);
            evidence = clean(evidence);
        }

        CampaignStatus startingStatus() {
            return status == null ? CampaignStatus.PLANNED : EnumCodes.read(CampaignStatus.class, status);
        }
    }

    @PublishedAs("CampaignView")
    public record CampaignDetail(long id, String programme, String title, String ask, String target, LocalDate targetDate,
            String status, String evidence) implements Serializable {
    }

    /** Something promised at an engagement; its owner is whoever logs it unless another is named. */
    public record NewFollowUp(@NotBlank @Size(max = 500) String action, @NotNull LocalDate due, String owner) {

        public NewFollowUp {
            action = clean(action);
            owner = clean(owner);
        }
    }

    /**
     * An engagement as logged: {@code type}, {@code stakeholders} by id, follow-ups with their owner (default: me).
     * As docs/api.md has it, one stakeholder may instead be named ({@code stakeholder}, found by name in the programme or
     * added with its {@code stakeholderType}), and the programme may follow from the {@code country}. The campaign is
     * {@code campaignId} or {@code campaign}: its title (found case-insensitively in the caller's programmes, or opened
     * on first use) or, as clients of the first API sent it, its id.
     */
    @RulesAcrossFields
    public record NewEngagement(String programme, @Size(max = 200) String campaign, @NotNull LocalDate date,
            @NotBlank @Codes(EngagementKind.class) String type, List<@NotNull Long> stakeholders,
            @NotBlank @Size(max = 2000) String summary, List<@NotNull @Valid NewFollowUp> followUps,
            @CountryCode String country, @Size(max = 200) String stakeholder,
            @Codes(StakeholderKind.class) String stakeholderType, Long campaignId) implements RulesAcrossFields.Command {

        public NewEngagement {
            programme = clean(programme);
            campaign = clean(campaign);
            summary = clean(summary);
            country = TextFields.code(country);
            stakeholder = clean(stakeholder);
            stakeholders = stakeholders == null ? List.of() : stakeholders;
            followUps = followUps == null ? List.of() : followUps;
        }

        @Override
        public void checkAcrossFields(List<FieldError> errors) {
            // A day's grace: "today" where the meeting was may be tomorrow here.
            if (date != null && date.isAfter(LocalDate.now().plusDays(1))) {
                errors.add(new FieldError("date", "an engagement is logged once it has happened"));
            }
            for (int i = 0; i < followUps.size(); i++) {
                NewFollowUp f = followUps.get(i);
                if (date != null && f != null && f.due() != null && f.due().isBefore(date)) {
                    errors.add(new FieldError("followUps[" + i + "].due", "cannot fall before the engagement"));
                }
            }
        }

        EngagementKind kind() {
            return EnumCodes.read(EngagementKind.class, type);
        }
    }

    @PublishedAs("FollowUpView")
    public record FollowUpDetail(long id, long engagementId, String action, LocalDate due, String owner, LocalDate done,
            boolean overdue) implements Serializable {
    }

    @PublishedAs("EngagementView")
    public record EngagementDetail(long id, String programme, Long campaign, LocalDate date, String type,
            List<String> stakeholders, String summary, String loggedBy, List<FollowUpDetail> followUps) implements Serializable {
    }

    /**
     * An outcome; {@code campaign} and {@code campaignId} as for {@link NewEngagement}. docs/api.md calls the evidence
     * link {@code evidenceUrl}, which is taken as well.
     */
    public record NewOutcome(@Size(max = 200) String campaign, String programme,
            @NotNull(message = "is required: when did it change?") LocalDate date,
            @NotBlank @Size(max = 2000) String description, @Size(max = 300) String forWhom,
            @NotBlank @Codes(Outcome.Significance.class) String significance,
            @NotBlank @Codes(Outcome.Contribution.class) String contribution, @Size(max = 2000) String how,
            @Size(max = 500) @Pattern(regexp = WEB_LINK, message = "must be an http(s) link") String evidenceLink,
            Boolean independentlyConfirmed,
            @Size(max = 500) @Pattern(regexp = WEB_LINK, message = "must be an http(s) link") String evidenceUrl,
            Long campaignId) {

        public NewOutcome {
            campaign = clean(campaign);
            programme = clean(programme);
            description = clean(description);
            forWhom = clean(forWhom);
            how = clean(how);
            evidenceLink = clean(evidenceLink);
            evidenceUrl = clean(evidenceUrl);
        }

        String link() {
            return evidenceLink != null ? evidenceLink : evidenceUrl;
        }
    }

    @PublishedAs("OutcomeView")
    public record OutcomeDetail(long id, Long campaign, LocalDate date, String description, String forWhom,
            String significance, String contribution, String how, String evidenceLink, boolean independentlyConfirmed) implements Serializable {
    }

    // ---- stakeholders

    public StakeholderDetail createStakeholder(NewStakeholder s) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = Violations.of(validator, s);
        ProgrammeSummary programme = programme(errors, s.programme());
        InvalidInputException.throwIfAny(errors);
        StakeholderKind kind = EnumCodes.read(StakeholderKind.class, s.kind());
        Stakeholder created = repository.save(new Stakeholder(programme.id(), s.name(), kind, s.roleTitle(),
                s.organisation(), s.country(), s.influence(), s.stance()));
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
    public StakeholderDetail changeRole(long id, RoleChange change) {
        caller.requireAnyRole(WRITERS);
        Stakeholder s = stakeholderInScope(id);
        Violations.require(validator, change);
        String role = change.roleTitle();
        String org = change.organisation();
        LocalDate since = change.since();
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
        List<FieldError> errors = Violations.of(validator, c);
        ProgrammeSummary programme = programme(errors, c.programme());
        InvalidInputException.throwIfAny(errors);
        Campaign created = repository.save(new Campaign(programme.id(), c.title(), c.ask(), c.target(), c.targetDate(),
                c.startingStatus(), c.evidence()));
        repository.flush();
        search.index(created);
        audit.record(AuditActions.CREATE, "advocacy-campaign", created.getId(), c.title());
        return view(created);
    }

    public List<CampaignDetail> campaigns() {
        caller.requireAnyRole(READERS);
        return repository.campaignsIn(caller.programmeIds()).stream().map(this::view).toList();
    }

    public CampaignDetail campaign(long id) {
        return view(campaignInScope(id));
    }

    public CampaignDetail changeStatus(long id, StatusChange change) {
        caller.requireAnyRole(WRITERS);
        Campaign c = campaignInScope(id);
        Violations.require(validator, change);
        CampaignStatus next = EnumCodes.read(CampaignStatus.class, change.status());
        if (c.moveTo(next, repository.countOutcomesOfCampaign(id))) {
            audit.record(AuditActions.UPDATE, "advocacy-campaign", id, "status " + next);
        }
        return view(c);
    }

    // ---- engagements and follow-ups

    /** Logs an engagement and its follow-ups in one step; anything wrong is 400 naming the field, nothing written. */
    public EngagementDetail logEngagement(NewEngagement e) {
        caller.requireAnyRole(WRITERS);
        List<FieldError> errors = Violations.of(validator, e);
        long programmeId = -1;
        CampaignReference campaignRef = campaignReferred(errors, e.campaign(), e.campaignId(), e.programme(), e.country());
        if (campaignRef != null) {
            programmeId = campaignRef.programmeId();
        } else if (e.programme() == null && e.country() != null) {
            ProgrammeSummary programme = scope.programmeInCountry(errors, e.country());
            programmeId = programme == null ? -1 : programme.id();
        } else {
            ProgrammeSummary programme = programme(errors, e.programme());
            programmeId = programme == null ? -1 : programme.id();
        }
        Set<Long> met = new LinkedHashSet<>(e.stakeholders().stream().filter(java.util.Objects::nonNull).toList());
        Map<Long, Stakeholder> found = stakeholders.stakeholders(met);
        for (Long id : met) {
            Stakeholder s = found.get(id);
            if (s == null || !caller.canSeeProgramme(s.getProgrammeId())) {
                errors.add(new FieldError("stakeholders", "no stakeholder " + id + " in your programmes"));
            }
        }
        // A stakeholder named rather than chosen: the one of that name in the programme, or a new one of the type given.
        String named = e.stakeholder();
        Stakeholder namedStakeholder = named == null || programmeId < 0 ? null
                : stakeholders.stakeholderNamed(programmeId, named).orElse(null);
        StakeholderKind newKind = named != null && namedStakeholder == null
                ? EnumCodes.read(StakeholderKind.class, e.stakeholderType()) : null;
        if (named != null && namedStakeholder == null && e.stakeholderType() == null) {
            errors.add(new FieldError("stakeholderType", "is required for a stakeholder not yet on record"));
        }
        InvalidInputException.throwIfAny(errors);
        Campaign campaign = campaignRef == null ? null : campaignRef.campaign();
        if (named != null) {
            if (namedStakeholder == null) {
                namedStakeholder = repository.save(new Stakeholder(programmeId, named, newKind, null, null, e.country(),
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
                e.date(), e.kind(), e.summary(), caller.username(), met));
        repository.flush();
        List<FollowUp> agreed = new ArrayList<>();
        for (NewFollowUp f : e.followUps()) {
            agreed.add(repository.save(new FollowUp(engagement, f.action(), f.due(),
                    f.owner() == null ? caller.username() : f.owner())));
        }
        repository.flush();
        search.index(engagement, met.stream().map(found::get).toList(), agreed);
        audit.record(AuditActions.CREATE, "advocacy-engagement", engagement.getId(), e.kind().name());
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
        List<FieldError> errors = Violations.of(validator, o);
        long programmeId = -1;
        CampaignReference campaignRef = campaignReferred(errors, o.campaign(), o.campaignId(), o.programme(), null);
        if (campaignRef != null) {
            programmeId = campaignRef.programmeId();
        } else {
            ProgrammeSummary programme = programme(errors, o.programme());
            programmeId = programme == null ? -1 : programme.id();
        }
        InvalidInputException.throwIfAny(errors);
        Outcome.Significance significance = EnumCodes.read(Outcome.Significance.class, o.significance());
        Outcome.Contribution contribution = EnumCodes.read(Outcome.Contribution.class, o.contribution());
        Campaign campaign = campaignRef == null ? null : campaignRef.campaign();
        Outcome created = repository.save(new Outcome(programmeId, campaign == null ? null : campaign.getId(), o.date(),
                o.description(), o.forWhom(), significance, contribution, o.how(), o.link(),
                Boolean.TRUE.equals(o.independentlyConfirmed())));
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
        Campaign found = repository.campaignTitled(caller.programmeIds(), text).orElse(null);
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
        return new CampaignReference(null, text, programme == null ? -1 : programme.id());
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
