package de.smilecity.exchange.crawl.internal.parse;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first-level regions of the countries whose partners the exchange serves — the German and
 * Austrian Länder, the Dutch and Belgian provinces, Scotland's council areas and Wales's principal
 * areas, the Irish counties, the
 * Danish regions, the Norwegian and Swedish counties, the Finnish and Latvian regions, the
 * Estonian counties, the Swiss cantons, the Canadian provinces, the Australian states, New Zealand's
 * regions and the regions of France, Spain, Italy and Poland — as pages name them, so that a state can be read
 * where a page names it beside a place ("Brunnweiler (Landkreis Kusel, Rheinland-Pfalz)") or in a
 * sentence ("in the province of Liège") instead of under a label. A German Land named in English is
 * stored under its German name, as the catalogue keeps it.
 *
 * <p>Names that are also a town's ("Limburg", "Utrecht", "Liège", "Salzburg") count in running text
 * only with a word that makes them a region ("province of", "Provinz") or a country in brackets after
 * them ("Limburg (NL)"): "trains to Liège" names the city.
 */
final class Regions {

    /** Name as written (lower case) → name as stored. */
    private static final Map<String, String> UNAMBIGUOUS = new LinkedHashMap<>();

    private static final Set<String> AMBIGUOUS = new LinkedHashSet<>();

    static {
        names(
                "Baden-Württemberg",
                "Bayern",
                "Brandenburg",
                "Hessen",
                "Mecklenburg-Vorpommern",
                "Niedersachsen",
                "Nordrhein-Westfalen",
                "Rheinland-Pfalz",
                "Saarland",
                "Sachsen-Anhalt",
                "Schleswig-Holstein",
                "Thüringen",
                "Niederösterreich",
                "Oberösterreich",
                "Steiermark",
                "Kärnten",
                "Vorarlberg",
                "Burgenland",
                "Drenthe",
                "Flevoland",
                "Friesland",
                "Fryslân",
                "Gelderland",
                "Noord-Brabant",
                "Noord-Holland",
                "Overijssel",
                "Zeeland",
                "Zuid-Holland",
                "Antwerpen",
                "Oost-Vlaanderen",
                "West-Vlaanderen",
                "Vlaams-Brabant",
                "Brabant wallon",
                "Hainaut",
                "Henegouwen");
        Map<String, String> english = Map.ofEntries(
                Map.entry("bavaria", "Bayern"),
                Map.entry("hesse", "Hessen"),
                Map.entry("lower saxony", "Niedersachsen"),
                Map.entry("north rhine-westphalia", "Nordrhein-Westfalen"),
                Map.entry("north rhine westphalia", "Nordrhein-Westfalen"),
                Map.entry("rhineland-palatinate", "Rheinland-Pfalz"),
                Map.entry("saxony-anhalt", "Sachsen-Anhalt"),
                Map.entry("thuringia", "Thüringen"),
                Map.entry("mecklenburg-western pomerania", "Mecklenburg-Vorpommern"),
                Map.entry("lower austria", "Niederösterreich"),
                Map.entry("upper austria", "Oberösterreich"),
                Map.entry("styria", "Steiermark"),
                Map.entry("carinthia", "Kärnten"));
        UNAMBIGUOUS.putAll(english);
        // Scotland's council areas, the Irish counties (stored as "County X", as the Irish write them),
        // the Danish regions and the Norwegian counties, whose community groups join the networks too.
        names(
                "Scottish Borders",
                "Orkney",
                "Shetland",
                "Na h-Eileanan Siar",
                "Argyll and Bute",
                "Dumfries and Galloway",
                "East Lothian",
                "Midlothian",
                "West Lothian",
                "Aberdeenshire",
                "Perth and Kinross",
                "East Ayrshire",
                "North Ayrshire",
                "South Ayrshire",
                "East Dunbartonshire",
                "West Dunbartonshire",
                "East Renfrewshire",
                "Renfrewshire",
                "North Lanarkshire",
                "South Lanarkshire",
                "Clackmannanshire",
                "Inverclyde",
                "Midtjylland",
                "Syddanmark",
                "Vestland",
                "Rogaland",
                "Vestfold",
                "Telemark",
                "Buskerud",
                "Østfold",
                "Akershus",
                "Innlandet",
                "Møre og Romsdal",
                "Trøndelag",
                "Nordland",
                "Finnmark");
        // Sweden's counties, Finland's regions (in English and Finnish), Latvia's regions and Estonia's
        // counties with the word "County" or "maakond", as the Nordic and Baltic networks write them.
        // Counties and regions named after their chief town (Uppsala, Kalmar, Tartu, Pärnu) are left out.
        names(
                "Västra Götaland",
                "Västerbotten",
                "Norrbotten",
                "Västernorrland",
                "Jämtland",
                "Gävleborg",
                "Dalarna",
                "Värmland",
                "Västmanland",
                "Södermanland",
                "Östergötland",
                "Kronoberg",
                "Blekinge",
                "Skåne",
                "Halland",
                "Gotland",
                "Lapland",
                "North Ostrobothnia",
                "Central Ostrobothnia",
                "South Ostrobothnia",
                "Ostrobothnia",
                "Kainuu",
                "North Karelia",
                "South Karelia",
                "North Savo",
                "South Savo",
                "Central Finland",
                "Southwest Finland",
                "Pirkanmaa",
                "Satakunta",
                "Kanta-Häme",
                "Päijät-Häme",
                "Kymenlaakso",
                "Uusimaa",
                "Pohjois-Karjala",
                "Etelä-Karjala",
                "Pohjois-Savo",
                "Etelä-Savo",
                "Pohjois-Pohjanmaa",
                "Etelä-Pohjanmaa",
                "Keski-Suomi",
                "Varsinais-Suomi",
                "Kurzeme",
                "Vidzeme",
                "Latgale",
                "Zemgale");
        for (String county : new String[] {
            "Harju",
            "Hiiu",
            "Ida-Viru",
            "Jõgeva",
            "Järva",
            "Lääne",
            "Lääne-Viru",
            "Põlva",
            "Pärnu",
            "Rapla",
            "Saare",
            "Tartu",
            "Valga",
            "Viljandi",
            "Võru"
        }) {
            UNAMBIGUOUS.put(county.toLowerCase(Locale.ROOT) + " county", county + " County");
            UNAMBIGUOUS.put(county.toLowerCase(Locale.ROOT) + " maakond", county + " County");
        }
        // Wales's principal areas whose names are no town's ("Gwynedd", "Powys"); the others share
        // their name with a town or city and are left out.
        names(
                "Gwynedd",
                "Powys",
                "Ceredigion",
                "Pembrokeshire",
                "Carmarthenshire",
                "Denbighshire",
                "Flintshire",
                "Monmouthshire",
                "Isle of Anglesey",
                "Ynys Môn",
                "Torfaen",
                "Blaenau Gwent",
                "Rhondda Cynon Taf",
                "Neath Port Talbot",
                "Vale of Glamorgan");
        for (String county : new String[] {
            "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare", "Kilkenny",
            "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly", "Roscommon",
            "Sligo", "Tipperary", "Waterford", "Westmeath", "Wexford", "Wicklow"
        }) {
            UNAMBIGUOUS.put("county " + county.toLowerCase(Locale.ROOT), "County " + county);
            UNAMBIGUOUS.put("co. " + county.toLowerCase(Locale.ROOT), "County " + county);
        }
        // Partners further afield: the Swiss cantons that are no town's, the provinces and territories
        // of Canada (in English and French), the Australian states, New Zealand's regions, and the
        // regions of France, Spain, Italy and Poland in their own and in English names.
        names(
                "Thurgau",
                "Aargau",
                "Graubünden",
                "Grisons",
                "Wallis",
                "Valais",
                "Tessin",
                "Ticino",
                "Appenzell Ausserrhoden",
                "Appenzell Innerrhoden",
                "Basel-Landschaft",
                "Nidwalden",
                "Obwalden",
                "Nova Scotia",
                "New Brunswick",
                "Prince Edward Island",
                "Newfoundland and Labrador",
                "Manitoba",
                "Saskatchewan",
                "Alberta",
                "British Columbia",
                "Ontario",
                "Yukon",
                "Nunavut",
                "Northwest Territories",
                "Nouvelle-Écosse",
                "Nouveau-Brunswick",
                "Île-du-Prince-Édouard",
                "Terre-Neuve-et-Labrador",
                "Colombie-Britannique",
                "New South Wales",
                "Queensland",
                "South Australia",
                "Western Australia",
                "Tasmania",
                "Northern Territory",
                "Northland",
                "Waikato",
                "Bay of Plenty",
                "Hawke's Bay",
                "Taranaki",
                "Manawatū-Whanganui",
                "Manawatu-Whanganui",
                "Otago",
                "Southland",
                "Bretagne",
                "Brittany",
                "Normandie",
                "Normandy",
                "Occitanie",
                "Nouvelle-Aquitaine",
                "Auvergne-Rhône-Alpes",
                "Bourgogne-Franche-Comté",
                "Grand Est",
                "Hauts-de-France",
                "Île-de-France",
                "Pays de la Loire",
                "Centre-Val de Loire",
                "Provence-Alpes-Côte d'Azur",
                "Andalucía",
                "Andalusia",
                "Aragón",
                "Asturias",
                "Cantabria",
                "Castilla y León",
                "Castilla-La Mancha",
                "Cataluña",
                "Catalunya",
                "Catalonia",
                "Extremadura",
                "Galicia",
                "La Rioja",
                "Navarra",
                "País Vasco",
                "Euskadi",
                "Basque Country",
                "Comunitat Valenciana",
                "Comunidad Valenciana",
                "Piemonte",
                "Piedmont",
                "Lombardia",
                "Lombardy",
                "Veneto",
                "Friuli-Venezia Giulia",
                "Trentino-Alto Adige",
                "Südtirol",
                "South Tyrol",
                "Liguria",
                "Emilia-Romagna",
                "Toscana",
                "Tuscany",
                "Umbria",
                "Lazio",
                "Abruzzo",
                "Molise",
                "Campania",
                "Puglia",
                "Apulia",
                "Basilicata",
                "Calabria",
                "Sicilia",
                "Sicily",
                "Sardegna",
                "Sardinia",
                "Valle d'Aosta",
                "Pomorskie",
                "Zachodniopomorskie",
                "Warmińsko-Mazurskie",
                "Podlaskie",
                "Mazowieckie",
                "Wielkopolskie",
                "Kujawsko-Pomorskie",
                "Lubuskie",
                "Dolnośląskie",
                "Opolskie",
                "Śląskie",
                "Małopolskie",
                "Podkarpackie",
                "Świętokrzyskie",
                "Łódzkie",
                "Lubelskie");
        for (String region : new String[] {"Nordjylland", "Hovedstaden", "Sjælland"}) {
            UNAMBIGUOUS.put("region " + region.toLowerCase(Locale.ROOT), region);
        }
        UNAMBIGUOUS.put("nordjylland", "Nordjylland");
        // Also a town's, a city's or a country's name.
        for (String name : new String[] {
            "Sachsen",
            "Saxony",
            "Berlin",
            "Hamburg",
            "Bremen",
            "Tirol",
            "Tyrol",
            "Salzburg",
            "Wien",
            "Vienna",
            "Groningen",
            "Utrecht",
            "Limburg",
            "Limbourg",
            "Liège",
            "Luik",
            "Lüttich",
            "Namur",
            "Namen",
            "Luxembourg",
            "Luxemburg",
            "Highland",
            "Moray",
            "Fife",
            "Angus",
            "Agder",
            "Troms",
            "Quebec",
            "Québec",
            "Victoria",
            "Wellington",
            "Canterbury",
            "Gisborne",
            "Madrid",
            "Murcia",
            "Uri",
            "Jura",
            "Marlborough",
            "Marche"
        }) {
            AMBIGUOUS.add(name);
        }
    }

    /** Region names that are no town's and no common word: each counts wherever it stands. */
    private static void names(String... regions) {
        for (String region : regions) UNAMBIGUOUS.put(region.toLowerCase(Locale.ROOT), region);
    }

    private static final String NAME = "\\p{Lu}[\\p{L}]+(?:[ -]\\p{Lu}[\\p{L}]+)?";

    /** A word that makes the name after it a region: "province of Limburg", "Provinz Limburg", "Kanton Bern". */
    private static final Pattern CUED = Pattern.compile(
            "(?iu)\\b(?:province|provincie|provinz|canton|kanton|bundesland)\\s+(?:of\\s+|de\\s+|du\\s+)?(?:the\\s+)?(?-i)("
                    + NAME + ")");

    /**
     * A German word for a Land before its name: "Freistaat Sachsen", "des Landes Berlin". Sachsen,
     * Bayern and Thüringen call themselves Freistaat, and a town's legal notice or a funding line
     * often names its Land only so; only names of the list count, since "Land" also heads other
     * words.
     */
    private static final Pattern LAND_CUED =
            Pattern.compile("(?u)\\b(?:Freistaat(?:es|s)?|Bundesland(?:es|s)?|Land(?:es)?)\\s+(" + NAME + ")");

    /** A name followed by its country in brackets: "Limburg (NL)", "Liège (Belgium)". */
    private static final Pattern WITH_COUNTRY = Pattern.compile("(?u)(" + NAME
            + ")\\s*\\((?:NL|BE|B|DE|D|AT|A|LU|L|Netherlands|Belgium|Belgique|België|Nederland|Germany|Deutschland|"
            + "Austria|Österreich|Luxembourg|Luxemburg)\\)");

    /** Countries, which a region word may be followed by ("a province of the Netherlands"). */
    private static final Set<String> COUNTRIES = Set.of(
            "Netherlands",
            "Belgium",
            "Germany",
            "Austria",
            "Switzerland",
            "France",
            "Deutschland",
            "Belgien",
            "Niederlande",
            "Österreich",
            "Schweiz",
            "Frankreich");

    private Regions() {}

    /**
     * The region a place's description names ("Valkenrade, Limburg (NL)", "Neuwies, Saarland"): any
     * region of the list, ambiguous ones too, since the text already describes a place.
     */
    static Optional<String> inPlace(String text) {
        Optional<String> cued = cued(text);
        if (cued.isPresent()) return cued;
        Set<String> found = named(text, true);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The one region a running text names as a region, or empty when it names none or several: a
     * name of the list that is no town's, or any name a region word or a bracketed country marks.
     */
    static Optional<String> inText(String text) {
        Set<String> found = new LinkedHashSet<>(named(text, false));
        cuedAll(text, found);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Every region a running text names as a region, in the way {@link #inText} reads them. */
    static Set<String> allInText(String text) {
        Set<String> found = new LinkedHashSet<>(named(text, false));
        cuedAll(text, found);
        return found;
    }

    /** Whether the text is nothing but a region of the list. */
    static boolean isRegion(String text) {
        String s = text.strip();
        return UNAMBIGUOUS.containsKey(s.toLowerCase(Locale.ROOT)) || AMBIGUOUS.contains(s);
    }

    private static Optional<String> cued(String text) {
        Set<String> found = new LinkedHashSet<>();
        cuedAll(text, found);
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static void cuedAll(String text, Set<String> into) {
        for (Pattern p : new Pattern[] {CUED, WITH_COUNTRY, LAND_CUED}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String name = m.group(1).replaceAll("['’]s$", "");
                if (p == LAND_CUED && !isRegion(name)) {
                    // A capitalised word after the name came along ("Freistaat Sachsen Die …"): drop it.
                    name = name.replaceFirst("[ -].*$", "");
                }
                // Only a name of the list, or one a region word names outright ("canton of Clervaux").
                String stored = UNAMBIGUOUS.get(name.toLowerCase(Locale.ROOT));
                if (stored != null) into.add(stored);
                else if (AMBIGUOUS.contains(name) || p == CUED && !COUNTRIES.contains(name)) into.add(name);
            }
        }
    }

    private static Set<String> named(String text, boolean ambiguousToo) {
        Set<String> found = new LinkedHashSet<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : UNAMBIGUOUS.entrySet()) {
            if (wordAt(lower, e.getKey())) found.add(e.getValue());
        }
        if (ambiguousToo) {
            for (String name : AMBIGUOUS) {
                if (wordAt(text, name)) found.add(name);
            }
        }
        // "Sachsen-Anhalt" also holds "Sachsen"; a longer name wins over the one it contains.
        found.removeIf(a -> found.stream().anyMatch(b -> !b.equals(a) && b.contains(a)));
        return found;
    }

    private static boolean wordAt(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) return false;
            int end = at + word.length();
            boolean before = at == 0 || !Character.isLetter(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
            boolean after = end == text.length() || !Character.isLetter(text.charAt(end)) && text.charAt(end) != '-';
            if (before && after) return true;
            from = at + 1;
        }
    }
}
