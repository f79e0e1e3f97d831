package org.liberta.training.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.liberta.training.internal.domain.Profession;
import org.liberta.training.internal.domain.Professional;
import org.liberta.training.internal.domain.ProfessionalKeys;
import org.liberta.training.internal.domain.Scores;

class ProfessionalMatchingTest {

    private static Professional person(String name, String organisation, String email) {
        return new Professional(name, organisation, Profession.POLICE, null, "RO", email, null);
    }

    @Test
    void namesAndOrganisationsCompareWithoutAccentsCasePunctuationOrExtraSpaces() {
        assertEquals(ProfessionalKeys.name("Ștefan  Popescu"), ProfessionalKeys.name("stefan popescu."));
        assertEquals(ProfessionalKeys.organisation("Poliția Română, DCCO"), ProfessionalKeys.organisation("POLITIA ROMANA DCCO"));
        assertEquals("sarah.k@met.police.uk", ProfessionalKeys.email("  Sarah.K@Met.Police.UK "));
        assertEquals(null, ProfessionalKeys.email(" "));
    }

    @Test
    void theSameEmailIsTheSamePersonWhateverTheNameSays() {
        Professional known = person("Sarah Khan", "Metropolitan Police Service", "sarah.k@met.police.uk");
        assertEquals(Optional.of(known), ProfessionalMatching.match(Optional.of(known), List.of(), "sarah.k@met.police.uk"));
    }

    @Test
    void withoutAnEmailTheSameNameAtTheSameOrganisationIsTheSamePerson() {
        Professional first = person("Andrei Stan", "DIICOT", null);
        Professional later = person("Andrei Stan", "DIICOT", null);
        assertEquals(Optional.of(first), ProfessionalMatching.match(Optional.empty(), List.of(first, later), null),
                "the oldest record");
    }

    @Test
    void aNamesakeWithAnotherEmailIsSomeoneElse() {
        Professional namesake = person("Ana Matei", "DGASPC București", "ana.matei@dgaspc.example.ro");
        assertTrue(ProfessionalMatching.match(Optional.empty(), List.of(namesake), "a.matei2@dgaspc.example.ro").isEmpty());
        Professional noEmail = person("Ana Matei", "DGASPC București", null);
        assertEquals(Optional.of(noEmail), ProfessionalMatching.match(Optional.empty(), List.of(namesake, noEmail),
                "a.matei2@dgaspc.example.ro"), "a record without an e-mail may be them");
    }

    @Test
    void aGainNeedsBothScores() {
        assertEquals(15, new Scores(40, 55, null, null, null, null).knowledgeGain());
        assertEquals(null, new Scores(null, 55, null, null, null, null).knowledgeGain());
        assertEquals(-5, new Scores(60, 55, null, null, null, null).knowledgeGain(), "knowledge can fall");
    }

    @Test
    void aNameOneOrTwoKeystrokesAwayAtTheSameOrganisationIsALikelyDuplicate() {
        Professional mohammed = person("Mohammed Karim", "Border Force", null);
        assertTrue(ProfessionalMatching.likelySame(mohammed, person("Mohammad Karim", "Border Force", null)));
        assertTrue(ProfessionalMatching.likelySame(mohammed, person("Mohammed Karim", "Border Force (Dover)", null)),
                "the same name at another organisation");
        assertTrue(!ProfessionalMatching.likelySame(mohammed, person("Mohammad Karim", "Home Office", null)),
                "a near name elsewhere is someone else");
        assertTrue(!ProfessionalMatching.likelySame(person("Ana Stan", "DIICOT", null), person("Ion Stan", "DIICOT", null)),
                "short names differ by too much of themselves");
        assertTrue(!ProfessionalMatching.likelySame(person("Mohammed Karim", "Border Force", "m.karim@bf.example"),
                person("Mohammed Karim", "Border Force", "mk2@bf.example")), "two addresses, two people");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, ProfessionalMatching.distance("karim", "karim"));
        assertEquals(1, ProfessionalMatching.distance("mohammed", "mohammad"));
        assertEquals(1, ProfessionalMatching.distance("rina", "rinaa"));
        assertEquals(3, ProfessionalMatching.distance("kitten", "sitting"));
    }
}
