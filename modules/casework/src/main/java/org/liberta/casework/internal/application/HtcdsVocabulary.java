package org.liberta.casework.internal.application;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.liberta.casework.api.ControlMethod;
import org.liberta.casework.api.ExploitationType;
import org.liberta.casework.api.Gender;
import org.liberta.casework.api.RecruitmentMethod;

/**
 * The words of the HTCDS v2.0 Excel template (its "validation" sheet and the field standard's API names) and
 * Liberta's codes for them, both ways. Reading is forgiving about case, spacing and the standard's CamelCase
 * spellings ({@code TransgenderFeminine}); writing uses the template's own labels so a partner's Excel
 * validation accepts the file.
 */
final class HtcdsVocabulary {

    /** Multi-select cells separate values with semicolons, as the template's VBA writes them. */
    static final String SEPARATOR = ";";

    static final Map<Gender, String> GENDER = labels(Gender.class, Map.of(
            Gender.FEMININE, "Feminine", Gender.MASCULINE, "Masculine",
            Gender.TRANSGENDER_FEMININE, "TransgenderFeminine", Gender.TRANSGENDER_MASCULINE, "TransgenderMasculine",
            Gender.NON_CONFORMING, "NonConforming", Gender.NOT_SPECIFIED, "NonSpecifiedUnknown"));

    static final Map<RecruitmentMethod, String> RECRUITMENT = labels(RecruitmentMethod.class, Map.of(
            RecruitmentMethod.PLACE_OF_BUSINESS, "At a place of business",
            RecruitmentMethod.EDUCATIONAL_INSTITUTION, "At an educational institution",
            RecruitmentMethod.AT_WORK, "At work",
            RecruitmentMethod.ONLINE_SOCIAL_NETWORK, "Through online social networks",
            RecruitmentMethod.ONLINE_ADVERTISEMENT, "Through an online advertisement",
            RecruitmentMethod.TELEVISION_ADVERT, "Through a television advert",
            RecruitmentMethod.NEWSPAPER_ADVERT, "Through a newspaper advert",
            RecruitmentMethod.FAMILY, "Through family or family events",
            RecruitmentMethod.FRIENDS, "Through friends or social events",
            RecruitmentMethod.OTHER, "Other"));

    static final Map<ControlMethod, String> CONTROL = labels(ControlMethod.class, Map.ofEntries(
            Map.entry(ControlMethod.PHYSICAL_THREATS, "Physical threats"),
            Map.entry(ControlMethod.THREAT_OF_LAW_ENFORCEMENT, "Threats of law enforcement"),
            Map.entry(ControlMethod.THREATENS_FAMILY, "Threatens children/family"),
            Map.entry(ControlMethod.DEBT_BONDAGE, "Debt bondage"),
            Map.entry(ControlMethod.FALSE_PROMISES, "False promises"),
            Map.entry(ControlMethod.PHYSICAL_ABUSE, "Physical abuse"),
            Map.entry(ControlMethod.SEXUAL_ABUSE, "Sexual abuse"),
            Map.entry(ControlMethod.TAKES_EARNINGS, "Takes earnings"),
            Map.entry(ControlMethod.RESTRICTS_FINANCIAL_ACCESS, "Restricts financial access"),
            Map.entry(ControlMethod.RESTRICTS_MEDICAL_CARE, "Restricts medical care"),
            Map.entry(ControlMethod.WITHHOLDS_NECESSITIES, "Withholds necessities"),
            Map.entry(ControlMethod.PSYCHOLOGICAL_ABUSE, "Psychological abuse"),
            Map.entry(ControlMethod.PSYCHOACTIVE_SUBSTANCES, "Psychoactive substance"),
            Map.entry(ControlMethod.EXCESSIVE_WORKING_HOURS, "Excessive working hours"),
            Map.entry(ControlMethod.WITHHOLDS_DOCUMENTS, "Withholds documents"),
            Map.entry(ControlMethod.RESTRICTS_MOVEMENT, "Restricts movement"),
            Map.entry(ControlMethod.USES_CHILDREN, "Uses children"),
            Map.entry(ControlMethod.OTHER, "Other")));

    /** Our two extra exploitation types have no HTCDS word of their own: they export as "Other". */
    static final Map<ExploitationType, String> EXPLOITATION = labels(ExploitationType.class, Map.ofEntries(
            Map.entry(ExploitationType.FORCED_LABOUR, "Forced labour"),
            Map.entry(ExploitationType.SEXUAL_EXPLOITATION, "Sexual exploitation"),
            Map.entry(ExploitationType.CHILD_LABOUR, "Child labour"),
            Map.entry(ExploitationType.FORCED_MARRIAGE, "Forced marriage"),
            Map.entry(ExploitationType.SERVITUDE, "Servitude"),
            Map.entry(ExploitationType.FORCED_MILITARY, "Forced military (by non-state actors)"),
            Map.entry(ExploitationType.ORGAN_REMOVAL, "Organ removal"),
            Map.entry(ExploitationType.FORCED_BEGGING, "Forced begging"),
            Map.entry(ExploitationType.FORCED_ADOPTION, "Forced adoption"),
            Map.entry(ExploitationType.SURROGACY, "Surrogacy"),
            Map.entry(ExploitationType.FORCED_CRIMINALITY, "Other"),
            Map.entry(ExploitationType.ONLINE_CHILD_SEXUAL_EXPLOITATION, "Other"),
            Map.entry(ExploitationType.OTHER, "Other")));

    /** Extra spellings seen in the field standard (API names) and in partners' sheets. */
    private static final Map<String, Gender> GENDER_SYNONYMS = Map.of(
            "transgender feminine", Gender.TRANSGENDER_FEMININE, "transgender masculine", Gender.TRANSGENDER_MASCULINE,
            "non-conforming", Gender.NON_CONFORMING, "not specified/unknown", Gender.NOT_SPECIFIED,
            "female", Gender.FEMININE, "male", Gender.MASCULINE);

    private HtcdsVocabulary() {
    }

    static Optional<Gender> gender(String label) {
        String key = key(label);
        return Optional.ofNullable(GENDER_SYNONYMS.get(key)).or(() -> find(GENDER, label));
    }

    /**
     * The code for a label, its CamelCase form or the code itself. When several codes export as one label
     * ("Other"), reading it back gives the code that is really called that.
     */
    static <E extends Enum<E>> Optional<E> find(Map<E, String> labels, String label) {
        String key = key(label);
        for (E code : labels.keySet()) {
            if (code.name().equalsIgnoreCase(key.replace(' ', '_'))) {
                return Optional.of(code);
            }
        }
        String squashed = key.replace(" ", "");
        return labels.entrySet().stream()
                .filter(e -> key(e.getValue()).equals(key) || key(e.getValue()).replace(" ", "").equals(squashed))
                .map(Map.Entry::getKey)
                .reduce((a, b) -> "OTHER".equals(b.name()) ? b : a);
    }

    /** The values of a multi-select cell, each trimmed, blanks dropped. */
    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String key(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, Map<E, String> given) {
        Map<E, String> all = new EnumMap<>(type);
        all.putAll(given);
        for (E value : type.getEnumConstants()) {
            if (!all.containsKey(value)) {
                throw new IllegalStateException("no HTCDS label for " + value);
            }
        }
        return all;
    }

    /** Country: an ISO code or its English name ("Bangladesh"), as the template's lookup lists both. */
    static Optional<String> country(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (Countries.isValid(v)) {
            return Optional.of(v.toUpperCase(Locale.ROOT));
        }
        return COUNTRY_NAMES.containsKey(key(v)) ? Optional.of(COUNTRY_NAMES.get(key(v))) : Optional.empty();
    }

    static String countryName(String code) {
        return code == null ? null : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            COUNTRY_NAMES.put(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)), code);
        }
    }
}
