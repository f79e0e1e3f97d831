package org.liberta.advocacy.internal.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.liberta.advocacy.internal.domain.SearchWordsRepository.SearchRow;
import org.liberta.advocacy.internal.domain.Campaign;
import org.liberta.advocacy.internal.domain.Engagement;
import org.liberta.advocacy.internal.domain.FollowUp;
import org.liberta.advocacy.internal.domain.Outcome;
import org.liberta.advocacy.internal.domain.SearchKind;
import org.liberta.advocacy.internal.domain.SearchWords;
import org.liberta.advocacy.internal.domain.Stakeholder;

/** Which words of each record search finds it by: the same when a record is written and when all are rebuilt. */
final class RecordWords {

    /** People and campaigns are not dated; they sort before anything dated, as what a search is usually for. */
    static final LocalDate STANDING = LocalDate.of(9999, 12, 31);

    private RecordWords() {
    }

    static Set<String> of(Stakeholder s) {
        return SearchWords.of(s.getName(), s.getRoleTitle(), s.getOrganisation(), s.getCountry());
    }

    static Set<String> of(Campaign c) {
        return SearchWords.of(c.getTitle(), c.getAsk(), c.getTarget(), c.getEvidence());
    }

    /** An engagement is found by what was said, whom it met and the follow-ups agreed. */
    static Set<String> of(Engagement e, Collection<Stakeholder> met, Collection<FollowUp> followUps) {
        List<String> texts = new ArrayList<>();
        texts.add(e.getSummary());
        met.forEach(s -> texts.add(s.getName() + " " + Objects.toString(s.getOrganisation(), "")));
        followUps.forEach(f -> texts.add(f.getAction()));
        return SearchWords.of(texts.toArray(String[]::new));
    }

    static Set<String> of(Outcome o) {
        return SearchWords.of(o.getDescription(), o.getForWhom(), o.getContributionHow());
    }

    static List<SearchRow> rows(SearchKind kind, long id, long programmeId, LocalDate on, Set<String> words) {
        return words.stream().map(w -> new SearchRow(kind, id, w, programmeId, on)).toList();
    }
}
