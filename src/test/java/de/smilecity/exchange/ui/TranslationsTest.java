package de.smilecity.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** German and English say the same things, and every text the code asks for exists. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        for (String name : Translations.BUNDLES) {
            Set<String> german = keysOf(name, Locale.GERMAN);
            Set<String> english = keysOf(name, Locale.ENGLISH);
            assertThat(german).as("keys of %s", name).isEqualTo(english);
        }
        assertThat(Translations.keys(Locale.GERMAN)).isNotEmpty();
    }

    @Test
    void noTextIsEmpty() {
        for (Locale locale : Languages.SUPPORTED) {
            for (ResourceBundle bundle : Translations.bundles(locale)) {
                assertThat(bundle.keySet())
                        .allSatisfy(
                                key -> assertThat(bundle.getString(key)).as(key).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) asked.add(m.group(1));
            }
        }
        Set<String> keys = Translations.keys(Locale.GERMAN);
        assertThat(asked).isNotEmpty();
        // "phase." + name(): a prefix, checked with its enumeration in everyEnumerationValueHasAName
        assertThat(asked.stream().filter(k -> !k.endsWith(".")).toList())
                .allSatisfy(k -> assertThat(keys).contains(k));
        assertThat(asked.stream().filter(k -> k.endsWith(".")).toList())
                .allSatisfy(prefix -> assertThat(keys).anyMatch(k -> k.startsWith(prefix)));
    }

    @Test
    void everyEnumerationValueHasAName() {
        Set<String> keys = Translations.keys(Locale.GERMAN);
        java.util.Map<String, Class<? extends Enum<?>>> named = java.util.Map.of(
                "phase.", de.smilecity.exchange.catalogue.Phase.class,
                "kind.", de.smilecity.exchange.catalogue.PracticeKind.class,
                "state.", de.smilecity.exchange.catalogue.PracticeState.class,
                "sizeClass.", de.smilecity.exchange.catalogue.SizeClass.class,
                "organisationKind.", de.smilecity.exchange.catalogue.OrganisationKind.class,
                "origin.", de.smilecity.exchange.catalogue.Origin.class,
                "linkType.", de.smilecity.exchange.catalogue.LinkType.class);
        named.forEach((prefix, type) -> {
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(keys).contains(prefix + value.name());
            }
        });
        assertThat(keys).contains("language.de", "language.en");
    }

    @Test
    void everyFieldTheTablesDeclareHasALabel() {
        Set<String> keys = Translations.keys(Locale.GERMAN);
        for (de.smilecity.exchange.catalogue.TextSection section :
                de.smilecity.exchange.catalogue.TextSection.values()) {
            assertThat(keys).contains(section.labelKey(), "diff.field." + section.property());
        }
        assertThat(de.smilecity.exchange.catalogue.PracticeDiff.FIELDS)
                .allSatisfy(field -> assertThat(keys).contains("diff.field." + field));
        for (de.smilecity.exchange.crawl.CandidateField field : de.smilecity.exchange.crawl.CandidateField.values()) {
            assertThat(keys).contains(field.labelKey());
        }
    }

    @Test
    void noKeyIsDefinedByTwoFeatures() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (ResourceBundle bundle : Translations.bundles(Locale.GERMAN)) {
            for (String key : bundle.keySet()) {
                assertThat(owner.put(key, bundle.getBaseBundleName()))
                        .as("key %s is defined twice", key)
                        .isNull();
            }
        }
    }

    private static Set<String> keysOf(String name, Locale locale) {
        try {
            return new TreeSet<>(ResourceBundle.getBundle(
                            name,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .keySet());
        } catch (java.util.MissingResourceException e) {
            return Set.of();
        }
    }

    @Test
    void fillsInNumbersInTheUsersLanguage() {
        Translations translations = new Translations();
        assertThat(translations.getTranslation("catalogue.count", Locale.GERMAN, 1234))
                .isEqualTo("1.234 Einträge");
        assertThat(translations.getTranslation("catalogue.count", Locale.ENGLISH, 1))
                .isEqualTo("One entry");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("[no.such.key]");
    }
}
