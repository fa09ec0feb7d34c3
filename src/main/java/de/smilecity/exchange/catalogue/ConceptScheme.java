package de.smilecity.exchange.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The controlled vocabularies an entry is classified with. */
public enum ConceptScheme {
    INNOVATION_FIELD("innovation-field"),
    SMILE_PILLAR("smile-pillar"),
    SDG("sdg"),
    TARGET_GROUP("target-group");

    private final String key;

    ConceptScheme(String key) {
        this.key = key;
    }

    /** The scheme's name in files and URLs, e.g. {@code innovation-field}. */
    public String key() {
        return key;
    }

    public static Optional<ConceptScheme> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
