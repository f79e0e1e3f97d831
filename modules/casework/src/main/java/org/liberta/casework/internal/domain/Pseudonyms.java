package org.liberta.casework.internal.domain;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.Predicate;

/**
 * Generated pseudonyms such as "Amber Heron": easy to say on the phone and in a case meeting, carrying nothing
 * of the person (no initials, no nationality, no gender), unique within a programme.
 */
public final class Pseudonyms {

    private static final List<String> FIRST = List.of("Amber", "Azure", "Birch", "Bright", "Calm", "Cedar", "Clear",
            "Coral", "Dawn", "Ember", "Fern", "Frost", "Golden", "Hazel", "Indigo", "Ivory", "Jade", "Juniper", "Linden",
            "Maple", "Meadow", "Misty", "Moss", "Ochre", "Olive", "Pearl", "Quiet", "Rain", "River", "Rowan", "Saffron",
            "Silver", "Sky", "Slate", "Spring", "Sunny", "Swift", "Tide", "Willow", "Winter");
    private static final List<String> SECOND = List.of("Heron", "Lark", "Wren", "Finch", "Robin", "Swallow", "Kite",
            "Egret", "Plover", "Tern", "Oriole", "Sparrow", "Kestrel", "Starling", "Martin", "Dove", "Ibis", "Crane",
            "Falcon", "Osprey", "Magpie", "Thrush", "Linnet", "Curlew", "Petrel", "Avocet", "Bunting", "Dunlin", "Pipit",
            "Warbler", "Nightjar", "Hoopoe", "Kingfisher", "Bittern", "Shrike", "Siskin", "Stilt", "Wagtail", "Whimbrel",
            "Godwit");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    /** A pseudonym not yet {@code taken}; after a few collisions a number keeps it unique. */
    public static String generate(Predicate<String> taken) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String candidate = FIRST.get(RANDOM.nextInt(FIRST.size())) + " " + SECOND.get(RANDOM.nextInt(SECOND.size()));
            if (attempt >= 10) {
                candidate += " " + (2 + RANDOM.nextInt(98));
            }
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free pseudonym found");
    }
}
