package de.smilecity.exchange.security.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Points in time as people in Germany read them: local time, in the page's language. */
final class Moments {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Moments() {}

    static String format(@Nullable Instant instant, Locale locale, String none) {
        if (instant == null) return none;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZONE)
                .format(instant);
    }
}
