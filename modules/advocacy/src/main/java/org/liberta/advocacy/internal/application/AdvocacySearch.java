package org.liberta.advocacy.internal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.SearchKind;
import org.liberta.advocacy.internal.domain.SearchWords;
import org.liberta.advocacy.internal.domain.SearchWordsRepository;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderRepository;
import org.liberta.platform.api.Caller;
import org.liberta.platform.api.InvalidInputException;
import org.liberta.platform.api.PageRequest;
import org.liberta.platform.api.Role;

/**
 * Search across stakeholders, campaigns, engagements and outcomes by their words. Each record's words are stored
 * when it is written (in the same transaction, so search never shows what was not saved); {@link #rebuild} stores
 * them all again, for records that came in some other way. A search finds the records holding every word asked.
 */
@ApplicationScoped
@Transactional
public class AdvocacySearch {

    private static final Logger LOG = Logger.getLogger(AdvocacySearch.class.getName());

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private StakeholderRepository stakeholders;

    @Inject
    private SearchWordsRepository searchWords;

    @Inject
    private AdvocacyScope scope;

    @Inject
    private Caller caller;

    @Inject
    private SearchRebuildSteps steps;

    /** One record found: its kind, id, date (none for people and campaigns), title, text and campaign. */
    public record Hit(String kind, long id, LocalDate date, String title, String text, Long campaign) implements Serializable {
    }

    /** A page of what was found, and whether there is more (counting every match would cost more than finding). */
    public record Hits(String q, List<Hit> items, int page, int size, boolean more) implements Serializable {
    }

    public Hits search(String text, PageRequest page) {
        scope.requireReader();
        List<String> words = SearchWords.query(text);
        if (words.isEmpty()) {
            throw InvalidInputException.of("q", "give at least one word to look for");
        }
        if (words.size() > 8) {
            throw InvalidInputException.of("q", "at most 8 words");
        }
        List<SearchKind.Match> matches = searchWords.search(caller.programmeIds(), words, page.offset(), page.size() + 1);
        boolean more = matches.size() > page.size();
        return new Hits(text.strip(), hits(more ? matches.subList(0, page.size()) : matches), page.page(), page.size(), more);
    }

    /** The records behind the matches, read four queries at most, in the matches' order. */
    private List<Hit> hits(List<SearchKind.Match> matches) {
        Map<SearchKind, List<Long>> ids = matches.stream().collect(Collectors.groupingBy(SearchKind.Match::kind,
                Collectors.mapping(SearchKind.Match::id, Collectors.toList())));
        Map<Long, Stakeholder> people = byId(stakeholders.stakeholders(ids.getOrDefault(SearchKind.STAKEHOLDER, List.of()))
                .values(), Stakeholder::getId);
        Map<Long, Campaign> campaigns = byId(repository.campaigns(ids.getOrDefault(SearchKind.CAMPAIGN, List.of())),
                Campaign::getId);
        Map<Long, Engagement> engagements = byId(repository.engagements(ids.getOrDefault(SearchKind.ENGAGEMENT, List.of())),
                Engagement::getId);
        Map<Long, Outcome> outcomes = byId(repository.outcomes(ids.getOrDefault(SearchKind.OUTCOME, List.of())),
                Outcome::getId);
        List<Hit> hits = new ArrayList<>();
        for (SearchKind.Match m : matches) {
            Hit hit = switch (m.kind()) {
                case STAKEHOLDER -> hit(people.get(m.id()), s -> new Hit(m.kind().name(), s.getId(), null, s.getName(),
                        join(" · ", s.getRoleTitle(), s.getOrganisation(), s.getCountry()), null));
                case CAMPAIGN -> hit(campaigns.get(m.id()), c -> new Hit(m.kind().name(), c.getId(), null, c.getTitle(),
                        c.getAsk(), c.getId()));
                case ENGAGEMENT -> hit(engagements.get(m.id()), e -> new Hit(m.kind().name(), e.getId(), e.getOccurredOn(),
                        e.getKind().name(), e.getSummary(), e.getCampaignId()));
                case OUTCOME -> hit(outcomes.get(m.id()), o -> new Hit(m.kind().name(), o.getId(), o.getOccurredOn(),
                        o.getSignificance() + " · " + o.getContribution(), o.getDescription(), o.getCampaignId()));
            };
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static <T> Map<Long, T> byId(Collection<T> records, Function<T, Long> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> Hit hit(T record, Function<T, Hit> view) {
        return record == null ? null : view.apply(record);
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank())
                .collect(Collectors.joining(separator));
    }

    // ---- keeping the words

    void index(Stakeholder s) {
        searchWords.replaceSearchWords(SearchKind.STAKEHOLDER, s.getId(), s.getProgrammeId(), RecordWords.STANDING,
                RecordWords.of(s));
    }

    void index(Campaign c) {
        searchWords.replaceSearchWords(SearchKind.CAMPAIGN, c.getId(), c.getProgrammeId(), RecordWords.STANDING,
                RecordWords.of(c));
    }

    void index(Engagement e, Collection<Stakeholder> met, Collection<FollowUp> followUps) {
        searchWords.replaceSearchWords(SearchKind.ENGAGEMENT, e.getId(), e.getProgrammeId(), e.getOccurredOn(),
                RecordWords.of(e, met, followUps));
    }

    void index(Outcome o) {
        searchWords.replaceSearchWords(SearchKind.OUTCOME, o.getId(), o.getProgrammeId(), o.getOccurredOn(),
                RecordWords.of(o));
    }

    /**
     * An administrator stores every record's words again, a thousand records per transaction; answers how many
     * records. Searches meanwhile find what has been stored so far.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int rebuild() {
        caller.requireAnyRole(Role.ADMIN);
        return rebuildAll();
    }

    /** The rebuild itself, also run as the system when the server finds the words missing. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    int rebuildAll() {
        long started = System.nanoTime();
        steps.forgetAll();
        int records = 0;
        for (SearchKind kind : SearchKind.values()) {
            for (var step = steps.store(kind, 0); step.records() > 0; step = steps.store(kind, step.lastId())) {
                records += step.records();
            }
        }
        int total = records;
        LOG.info(() -> "Advocacy search: words of " + total + " records stored in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return records;
    }

    /** Stores every record's words when none are stored but records exist; answers how many records. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int rebuildIfMissing() {
        return needsRebuild() ? rebuildAll() : 0;
    }

    /** Whether records exist whose words were never stored (an upgrade, or records loaded in bulk). */
    private boolean needsRebuild() {
        return !searchWords.hasSearchWords() && java.util.stream.Stream.of(Stakeholder.class, Campaign.class,
                Engagement.class, Outcome.class).anyMatch(type -> !repository.recordsAfter(type, 0, 1).isEmpty());
    }
}
