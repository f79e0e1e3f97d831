package org.liberta.advocacy.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.CampaignPosition;
import org.liberta.advocacy.internal.domain.MapQuadrant;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderMapRepository;
import org.liberta.advocacy.internal.domain.StakeholderRepository;
import org.liberta.platform.api.Violations;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.persistence.RecordLocks;

/**
 * A campaign's stakeholder map: everyone met on the campaign or placed on it, by influence over the decision and
 * stance on the ask. A stakeholder not yet placed on this campaign stands where they stand in general; someone
 * never judged at all is listed apart, as work to do.
 */
@ApplicationScoped
@Transactional
public class StakeholderMapService {

    @Inject
    private RecordLocks locks;

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private StakeholderMapRepository stakeholderMap;

    @Inject
    private StakeholderRepository stakeholders;

    @Inject
    private AdvocacyScope scope;

    @Inject
    private Validator validator;

    @Inject
    private AuditLog audit;

    /** One stakeholder on the map; influence, stance and quadrant are null when nobody has judged them yet. */
    public record MapEntry(long stakeholder, String name, String kind, String organisation, Integer influence,
            Integer stance, String quadrant, boolean placedOnCampaign, long engagements, LocalDate lastEngaged,
            Long version) implements Serializable {
    }

    public record StakeholderMap(long campaign, String title, List<MapEntry> placed, List<MapEntry> unjudged) implements Serializable {
    }

    /** A stakeholder placed on a campaign; {@code version} is the placement's (absent when placing for the first time). */
    public record Placement(@NotNull @Scale Integer influence, @NotNull @Scale Integer stance, Long version) {
    }

    public StakeholderMap map(long campaignId) {
        Campaign campaign = scope.campaign(campaignId);
        Map<Long, CampaignPosition> positions = stakeholderMap.positionsOn(campaignId).stream()
                .collect(Collectors.toMap(CampaignPosition::getStakeholderId, Function.identity()));
        Map<Long, Object[]> engaged = new HashMap<>();
        for (Object[] row : stakeholderMap.engagementsPerStakeholder(campaignId)) {
            engaged.put(((Number) row[0]).longValue(), row);
        }
        Set<Long> ids = new LinkedHashSet<>(positions.keySet());
        ids.addAll(engaged.keySet());
        List<MapEntry> placed = new ArrayList<>();
        List<MapEntry> unjudged = new ArrayList<>();
        for (Stakeholder s : stakeholders.stakeholders(ids).values()) {
            CampaignPosition p = positions.get(s.getId());
            Integer influence = p != null ? Integer.valueOf(p.getInfluence()) : s.getInfluence();
            Integer stance = p != null ? Integer.valueOf(p.getStance()) : s.getStance();
            Object[] e = engaged.get(s.getId());
            boolean judged = influence != null && stance != null;
            MapEntry entry = new MapEntry(s.getId(), s.getName(), s.getKind().name(), s.getOrganisation(),
                    judged ? influence : null, judged ? stance : null,
                    judged ? MapQuadrant.of(influence, stance).name() : null, p != null,
                    e == null ? 0 : ((Number) e[1]).longValue(), e == null ? null : (LocalDate) e[2],
                    p == null ? null : p.getVersion());
            (judged ? placed : unjudged).add(entry);
        }
        placed.sort(Comparator.comparing(MapEntry::influence).reversed().thenComparing(MapEntry::stance)
                .thenComparing(MapEntry::name));
        unjudged.sort(Comparator.comparing(MapEntry::name));
        return new StakeholderMap(campaignId, campaign.getTitle(), placed, unjudged);
    }

    /** Places (or moves) a stakeholder on the campaign's map; a stale version is a conflict, not an overwrite. */
    public MapEntry place(long campaignId, long stakeholderId, Placement placement) {
        scope.requireWriter();
        scope.campaign(campaignId);
        Stakeholder s = scope.stakeholder(stakeholderId);
        Violations.require(validator, placement);
        CampaignPosition position = stakeholderMap.position(campaignId, stakeholderId).orElse(null);
        if (position == null) {
            position = repository.save(new CampaignPosition(campaignId, stakeholderId, placement.influence(),
                    placement.stance()));
        } else {
            locks.forEdit(position, placement.version(), "someone else moved " + s.getName() + " on this map; reload it");
            position.moveTo(placement.influence(), placement.stance());
        }
        repository.flush();
        audit.record(AuditActions.UPDATE, "advocacy-campaign", campaignId, "map: stakeholder " + stakeholderId);
        return map(campaignId).placed().stream().filter(e -> e.stakeholder() == stakeholderId).findFirst()
                .orElseThrow();
    }
}
