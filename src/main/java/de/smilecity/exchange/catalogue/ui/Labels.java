package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.PracticeKind;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.SizeClass;
import de.smilecity.exchange.shared.Language;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Translated names of the catalogue's enumerations and formatted numbers and dates, for any view. */
public final class Labels {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Labels() {}

    public static String phase(Component c, Phase phase) {
        return c.getTranslation("phase." + phase.name());
    }

    public static String kind(Component c, PracticeKind kind) {
        return c.getTranslation("kind." + kind.name());
    }

    public static String state(Component c, PracticeState state) {
        return c.getTranslation("state." + state.name());
    }

    public static String sizeClass(Component c, SizeClass size) {
        return c.getTranslation("sizeClass." + size.name());
    }

    public static String organisationKind(Component c, OrganisationKind kind) {
        return c.getTranslation("organisationKind." + kind.name());
    }

    public static String language(Component c, String code) {
        return c.getTranslation("language." + code);
    }

    /**
     * A field's text as {@link de.smilecity.exchange.catalogue.PracticeDiff#text} gives it, in the
     * page's words: kind, phase and language by their labels, everything else as it is.
     */
    public static String diffValue(Component c, String field, String text) {
        if (text.isEmpty()) return text;
        return switch (field) {
            case "kind" -> c.getTranslation("kind." + text);
            case "phase" -> c.getTranslation("phase." + text);
            case "language" -> language(c, text);
            default -> text;
        };
    }

    public static String concept(Component c, Concept concept) {
        return concept.label(locale(c));
    }

    public static String number(Component c, Number n) {
        return NumberFormat.getNumberInstance(locale(c)).format(n);
    }

    public static String date(Component c, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale(c))
                .format(date);
    }

    public static String date(Component c, Instant instant) {
        return date(c, instant.atZone(BERLIN).toLocalDate());
    }

    public static String dateTime(Component c, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(c))
                .format(instant.atZone(BERLIN));
    }

    /** The UI's language; the default language outside a UI. */
    public static Locale locale(Component c) {
        UI ui = c.getUI().orElseGet(UI::getCurrent);
        return ui == null ? Language.DEFAULT.locale() : ui.getLocale();
    }
}
