package org.liberta.advocacy.internal.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.liberta.advocacy.internal.domain.AdvocacyRepository;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.FollowUpRepository;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.SearchKind;
import org.liberta.advocacy.internal.domain.SearchWordsRepository.SearchRow;
import org.liberta.advocacy.internal.domain.SearchWordsRepository;
import org.liberta.advocacy.internal.domain.Stakeholder;
import org.liberta.advocacy.internal.domain.StakeholderRepository;

/**
 * The steps of a search rebuild, each its own transaction so that a rebuild of hundreds of thousands of records
 * never holds one open for minutes: forget every word, then store the words of a page of records at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SearchRebuildSteps {

    /** Records read per step. */
    static final int PAGE = 1000;

    @Inject
    private AdvocacyRepository repository;

    @Inject
    private FollowUpRepository followUps;

    @Inject
    private StakeholderRepository stakeholders;

    @Inject
    private SearchWordsRepository searchWords;

    /** What a step stored: how many records, and the last one's id (0 when there were none left). */
    record Step(int records, long lastId) {
    }

    void forgetAll() {
        searchWords.deleteAllSearchWords();
    }

    /** Stores the words of the next page of records of a kind after an id. */
    Step store(SearchKind kind, long after) {
        List<SearchRow> rows = new ArrayList<>();
        Step step = switch (kind) {
            case STAKEHOLDER -> {
                List<Stakeholder> page = repository.recordsAfter(Stakeholder.class, after, PAGE);
                page.forEach(s -> rows.addAll(RecordWords.rows(kind, s.getId(), s.getProgrammeId(), RecordWords.STANDING,
                        RecordWords.of(s))));
                yield lastId(page, Stakeholder::getId);
            }
            case CAMPAIGN -> {
                List<Campaign> page = repository.recordsAfter(Campaign.class, after, PAGE);
                page.forEach(c -> rows.addAll(RecordWords.rows(kind, c.getId(), c.getProgrammeId(), RecordWords.STANDING,
                        RecordWords.of(c))));
                yield lastId(page, Campaign::getId);
            }
            case OUTCOME -> {
                List<Outcome> page = repository.recordsAfter(Outcome.class, after, PAGE);
                page.forEach(o -> rows.addAll(RecordWords.rows(kind, o.getId(), o.getProgrammeId(), o.getOccurredOn(),
                        RecordWords.of(o))));
                yield lastId(page, Outcome::getId);
            }
            case ENGAGEMENT -> {
                List<Engagement> page = repository.recordsAfter(Engagement.class, after, PAGE);
                List<Long> ids = page.stream().map(Engagement::getId).toList();
                Map<Long, List<Long>> met = stakeholders.stakeholdersMet(ids);
                Map<Long, Stakeholder> people = stakeholders.stakeholders(met.values().stream().flatMap(List::stream)
                        .collect(Collectors.toSet()));
                Map<Long, List<FollowUp>> promised = followUps.followUpsOf(ids).stream()
                        .collect(Collectors.groupingBy(FollowUp::getEngagementId));
                for (Engagement e : page) {
                    List<Stakeholder> whom = met.getOrDefault(e.getId(), List.of()).stream().map(people::get)
                            .filter(Objects::nonNull).toList();
                    rows.addAll(RecordWords.rows(kind, e.getId(), e.getProgrammeId(), e.getOccurredOn(),
                            RecordWords.of(e, whom, promised.getOrDefault(e.getId(), List.of()))));
                }
                yield lastId(page, Engagement::getId);
            }
        };
        searchWords.insertSearchWords(rows);
        return step;
    }

    private static <T> Step lastId(List<T> page, java.util.function.Function<T, Long> id) {
        return new Step(page.size(), page.isEmpty() ? 0 : id.apply(page.get(page.size() - 1)));
    }
}
