package de.smilecity.exchange.crawl.internal.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The places a site lists with their state or region — a network's table of members, a directory of
 * partner towns: a table with a heading cell that names places ("Ortsgemeinde", "Town") and one that
 * names the region they lie in ("Bundesland", "Province"). Partner networks often say the region of a
 * place there once, and not again on each project page.
 *
 * <p>Only what such a table says for certain is taken: a region cell must read as a state ({@link
 * FactValues#state}); a district ("Landkreis", "county") is no state and its column is not read; a
 * place listed twice with different regions is left out.
 */
public final class PlaceRegions {

    /** Heading words of the column that names the places. */
    private static final Set<String> PLACE_HEADINGS = Set.of(
            "gemeinde",
            "ortsgemeinde",
            "mitgliedsgemeinde",
            "ort",
            "ortschaft",
            "stadt",
            "kommune",
            "mitglied",
            "mitgliedskommune",
            "town",
            "municipality",
            "place",
            "city",
            "village",
            "member",
            "gemeente",
            "commune",
            "plaats",
            "gmina");

    /** Heading words of the column that names the region a place lies in. */
    private static final Set<String> REGION_HEADINGS = Set.of(
            "bundesland",
            "land",
            "state",
            "region",
            "province",
            "provinz",
            "provincie",
            "kanton",
            "canton",
            "voivodeship",
            "woiwodschaft",
            "région",
            "regio");

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");

    /** A place's name is a few words; a cell with more is a description, not a name. */
    private static final int MAX_PLACE_LENGTH = 60;

    private PlaceRegions() {}

    /** Each place the page's tables list with its region, by the place's name as written. */
    public static Map<String, String> of(Document doc) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> contradicted = new java.util.HashSet<>();
        for (Element table : doc.select("table")) {
            List<Element> rows = table.select("tr");
            if (rows.size() < 2) continue;
            List<Element> head = rows.getFirst().select("th, td");
            int place = column(head, PLACE_HEADINGS);
            int region = column(head, REGION_HEADINGS);
            if (place < 0 || region < 0 || place == region) continue;
            for (Element row : rows.subList(1, rows.size())) {
                List<Element> cells = row.select("th, td");
                if (cells.size() <= Math.max(place, region)) continue;
                String name = cells.get(place).text().strip();
                String regionText = cells.get(region).text();
                Optional<String> state = NoValue.is(regionText) ? Optional.empty() : FactValues.state(regionText);
                if (name.isEmpty() || name.length() > MAX_PLACE_LENGTH || state.isEmpty()) continue;
                String before = found.putIfAbsent(name, state.get());
                if (before != null && !before.equals(state.get())) contradicted.add(name);
            }
        }
        contradicted.forEach(found::remove);
        return found;
    }

    /**
     * The region of the place a project is in, by the places of its site: the places its title names,
     * else its organisation, else its summary, when all of them lie in one region. A text naming places
     * of two regions, or none, gives none.
     */
    public static Optional<String> regionOf(
            Map<String, String> places, String title, String organisation, String summary) {
        for (String text : List.of(title, organisation, summary)) {
            Set<String> regions = new java.util.HashSet<>();
            places.forEach((place, region) -> {
                if (namesPlace(text, place)) regions.add(region);
            });
            if (regions.size() == 1) return Optional.of(regions.iterator().next());
            if (regions.size() > 1) return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the text names the place as a whole word, whatever the case. */
    static boolean namesPlace(String text, String place) {
        String t = text.toLowerCase(Locale.ROOT);
        String p = place.toLowerCase(Locale.ROOT);
        for (int at = t.indexOf(p); at >= 0; at = t.indexOf(p, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            int end = at + p.length();
            boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startsWord && endsWord) return true;
        }
        return false;
    }

    /** The index of the first heading cell whose words are all but one of the given kind, or -1. */
    private static int column(List<Element> head, Set<String> headings) {
        for (int i = 0; i < head.size(); i++) {
            if (names(head.get(i).text(), headings)) return i;
        }
        return -1;
    }

    /**
     * Whether a heading names the column's kind: one of its first two words is a heading word, as in
     * "Bundesland", "Ortsgemeinde (Verbandsgemeinde)" or "Province / Land". "Landkreis" is one word
     * and no heading word, so a district's column is never taken for the region's.
     */
    private static boolean names(String heading, Set<String> headings) {
        String[] words = WORDS.split(heading.strip().toLowerCase(Locale.ROOT));
        int checked = 0;
        for (String word : words) {
            if (word.isEmpty()) continue;
            if (headings.contains(word)) return true;
            if (++checked == 2) return false;
        }
        return false;
    }
}
