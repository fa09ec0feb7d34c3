package de.smilecity.exchange.adapt;

import de.smilecity.exchange.catalogue.Costs;
import java.text.NumberFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How kits and comparisons write figures, so that both say the same of the same entry. */
final class Figures {

    private Figures() {}

    /** "120.000 EUR" (in the reader's number format), or null when the entry names no amount. */
    static @Nullable String costs(Costs costs, Locale locale) {
        if (costs.getAmount() == null) return null;
        String currency = costs.getCurrency();
        return NumberFormat.getNumberInstance(locale).format(costs.getAmount())
                + (currency == null ? "" : " " + currency);
    }
}
