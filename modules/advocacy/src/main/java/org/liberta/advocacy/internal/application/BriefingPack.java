package org.liberta.advocacy.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.StakeholderMapRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.audit.AuditActions;
import org.liberta.platform.api.audit.AuditLog;
import org.liberta.platform.api.documents.PdfDocument;

/**
 * A campaign's briefing pack as PDF, for a meeting or a funder: the ask and where it stands, the figures (the
 * evidence the campaign cites from Liberta's own records, engagements by type, outcomes by significance), the
 * outcomes with the charity's part in them, who stands where, and the timeline.
 */
@ApplicationScoped
@Transactional
public class BriefingPack {

    /** Timeline lines printed; the pack says how many more there are. */
    static final int TIMELINE_LINES = 150;

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private StakeholderMapRepository stakeholderMap;

    @Inject
    private AdvocacyScope scope;

    @Inject
    private AdvocacyService advocacy;

    @Inject
    private StakeholderMapService maps;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public byte[] pdf(long campaignId) {
        Campaign c = scope.campaign(campaignId);
        PdfDocument pdf = new PdfDocument("Briefing: " + c.getTitle(), "Liberta · " + scope.code(c.getProgrammeId())
                + " · prepared " + LocalDate.now() + " by " + caller.username());
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("The ask", c.getAsk());
        facts.put("Of whom", Objects.toString(c.getTarget(), "—"));
        facts.put("By", c.getTargetOn() == null ? "—" : c.getTargetOn().toString());
        facts.put("Status", c.getStatus().name().replace('_', ' ').toLowerCase());
        pdf.facts(facts);

        pdf.heading("Figures");
        if (c.getEvidence() != null) {
            pdf.paragraph("Evidence from Liberta's records: " + c.getEvidence());
        }
        List<Outcome> outcomes = repository.outcomesOfCampaign(campaignId);
        List<List<?>> figures = new ArrayList<>();
        long engagements = 0;
        for (Object[] row : stakeholderMap.engagementsByKind(campaignId)) {
            figures.add(List.of("Engagements: " + row[0].toString().replace('_', ' ').toLowerCase(), row[1]));
            engagements += ((Number) row[1]).longValue();
        }
        for (Outcome.Significance s : Outcome.Significance.values()) {
            long n = outcomes.stream().filter(o -> o.getSignificance() == s).count();
            if (n > 0) {
                figures.add(List.of("Outcomes of " + s.name().toLowerCase() + " significance", n));
            }
        }
        figures.add(List.of("Outcomes independently confirmed", outcomes.stream()
                .filter(Outcome::isIndependentlyConfirmed).count() + " of " + outcomes.size()));
        pdf.table(List.of("Figure", "Value"), figures);

        pdf.heading("Outcomes");
        if (outcomes.isEmpty()) {
            pdf.paragraph("No outcome recorded yet.");
        } else {
            pdf.table(List.of("When", "What changed", "Significance", "Our part"), outcomes.stream()
                    .map(o -> List.of(o.getOccurredOn(), o.getDescription() + (o.getForWhom() == null ? ""
                            : " (for " + o.getForWhom() + ")"), o.getSignificance().name().toLowerCase(),
                            o.getContribution().name().toLowerCase() + (o.getContributionHow() == null ? ""
                                    : ": " + o.getContributionHow()))).toList());
        }

        var map = maps.map(campaignId);
        pdf.heading("Who stands where");
        if (map.placed().isEmpty()) {
            pdf.paragraph("Nobody placed on this campaign's map yet.");
        } else {
            pdf.table(List.of("Stakeholder", "Organisation", "Influence", "Stance", "Approach"), map.placed().stream()
                    .map(e -> List.of(e.name(), Objects.toString(e.organisation(), ""), e.influence(), e.stance(),
                            e.quadrant().replace('_', ' ').toLowerCase())).toList());
        }

        var timeline = advocacy.timeline(campaignId, TIMELINE_LINES);
        pdf.heading("Timeline");
        pdf.table(List.of("When", "What", "With / about", "Detail"), timeline.stream().limit(TIMELINE_LINES)
                .map(t -> List.of(t.date(), t.kind().replace('_', ' ').toLowerCase(), t.title(), t.detail())).toList());
        long entries = engagements + outcomes.size();
        if (entries > TIMELINE_LINES) {
            pdf.paragraph("The latest " + TIMELINE_LINES + " of " + entries + " entries; the rest are in Liberta.");
        }
        audit.record(AuditActions.EXPORT, "advocacy-campaign", campaignId, "briefing pack");
        return pdf.toBytes();
    }
}
