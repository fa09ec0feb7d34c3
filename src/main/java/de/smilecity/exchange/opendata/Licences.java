package de.smilecity.exchange.opendata;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Licence identifiers as stored on entries ({@code CC-BY-4.0}, SPDX style) to the URIs that DCAT
 * and schema.org expect. Creative Commons licences point to their deeds, anything else that looks
 * like an SPDX identifier to the SPDX list; free text stays as it is.
 */
final class Licences {

    private static final Pattern SPDX = Pattern.compile("[A-Za-z0-9.+-]+");
    private static final Map<String, String> CREATIVE_COMMONS = Map.of(
            "CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/",
            "CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/",
            "CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/",
            "DL-DE-BY-2.0", "https://www.govdata.de/dl-de/by-2-0",
            "DL-DE-ZERO-2.0", "https://www.govdata.de/dl-de/zero-2-0");

    private Licences() {}

    static String uri(String licence) {
        String id = licence.strip();
        String known = CREATIVE_COMMONS.get(id.toUpperCase(Locale.ROOT));
        if (known != null) return known;
        if (id.startsWith("http://") || id.startsWith("https://")) return id;
        return SPDX.matcher(id).matches() ? "https://spdx.org/licenses/" + id + ".html" : id;
    }
}
