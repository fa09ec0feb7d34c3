package de.smilecity.exchange.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The two languages of the exchange — of its texts and of its entries — with their ISO 639-1 code
 * (as stored on an entry and used in URLs) and their {@link Locale}.
 *
 * <p>There is one fallback rule for everything that picks a language: English for English, German
 * for everything else. German is the default because the exchange is made for the staff of German
 * cities; a caller in a third language therefore reads the same language everywhere.
 */
public enum Language {
    DE("de", Locale.GERMAN),
    EN("en", Locale.ENGLISH);

    /** The language of anything that names none or one the exchange does not have. */
    public static final Language DEFAULT = DE;

    // No fallback to the JVM's locale: a German page never shows English because the server
    // happens to run in English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The codes of all languages, the default first: the choices of a language field. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }

    /** The ISO 639-1 code, {@code de} or {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language for a locale by the one fallback rule: English for English, else {@link #DEFAULT}. */
    public static Language of(@Nullable Locale locale) {
        return locale == null ? DEFAULT : ofCode(locale.getLanguage());
    }

    /** The language for a code by the one fallback rule: English for {@code en}, else {@link #DEFAULT}. */
    public static Language ofCode(@Nullable String code) {
        return byCode(code).orElse(DEFAULT);
    }

    /** The language with exactly this code (surrounding blanks ignored), or empty for any other. */
    public static Optional<Language> byCode(@Nullable String code) {
        if (code == null) return Optional.empty();
        String wanted = code.strip();
        for (Language language : values()) {
            if (language.code.equals(wanted)) return Optional.of(language);
        }
        return Optional.empty();
    }

    /**
     * The message bundle of this language, with no fallback to the JVM's locale.
     *
     * @throws java.util.MissingResourceException if the bundle has no file for this language
     */
    public ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, locale, NO_FALLBACK);
    }
}
