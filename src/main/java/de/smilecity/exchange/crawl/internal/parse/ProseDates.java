package de.smilecity.exchange.crawl.internal.parse;

import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The years and the phase a page states only in its sentences, read cautiously: a year counts only
 * where a word next to it in the same clause says what happened then — "Im Herbst 2022 haben … begonnen",
 * "in Betrieb seit Juni 2023", "opened in May 2022", "finished in June 2022", "ran from 2020 to 2023",
 * "gebaut wurde 2022 – 2023", "2026–2028 (geplant)". A year that only stands in a sentence ("Beim
 * Hochwasser 2013", "the last shop closed in 2019") says nothing of the project, and a date line of
 * the article ("Veröffentlicht: 14. März 2023", "Stand: 05/2024") or a copyright line is never read.
 * Where the sentences name two different starts, or two different ends, that year is not taken: an
 * empty field is better than a false one. The same goes for the phase: the status words of the dated
 * clauses and the few sentences that say where a project stands ("ist fertig", "is under
 * construction", "Der Probebetrieb läuft") must agree.
 */
final class ProseDates {

    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\d.,]\\d)";
    private static final String MONTH = "(?:januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober"
            + "|november|dezember|january|february|march|may|june|july|october|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)\\.?";
    private static final String SEASON = "(?:frühjahr|frühling|sommer|herbst|winter|jahresbeginn|jahresanfang"
            + "|jahresende|jahresmitte|spring|summer|autumn|fall|winter)";
    /**
     * A quarter or half of a year, as plans and reports date their steps: "Q3", "H1", "3. Quartal",
     * "the third quarter of".
     */
    private static final String QUARTER = "(?:q[1-4]|h[12]|[1-4]\\.\\s*(?:quartal|halbjahr)"
            + "|(?:the\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s+(?:quarter|half)\\s+of)";

    /**
     * A year with what may stand before it: a month, a season, a quarter, a day, "Anfang", "early",
     * "mid-", "mm/". A quarter or "Mitte 2026" dates the year as closely as a month does.
     */
    private static final String WHEN =
            "(?:(?:(?:dem|der|den|the|im|in|anfang|mitte|ende|beginn|early|late|mid|mid-)\\s+)*"
                    + "(?:(?:\\d{1,2}\\.\\s*)?(?:" + MONTH + "|" + SEASON
                    + ")\\s+(?:of\\s+)?|" + QUARTER + "\\s+)|(?:mid-|(?:mid|mitte|anfang|early|late)\\s+)"
                    + "|\\d{1,2}\\.\\d{1,2}\\.\\s?|\\d{1,2}/)?"
                    + YEAR;

    private static final Pattern YEARS = Pattern.compile("(?iu)(?<![\\d/.])" + WHEN);

    /** Two dated ends of one span: "von 2020 bis 2023", "04/2021 bis 10/2023", "2026–2028". */
    private static final Pattern SPAN = Pattern.compile(
            "(?iu)(?<![\\d/.])" + WHEN + "\\s*(?:[-–—→]|bis(?:\\s+(?:zum|ende|in))?|to|until|till|and|und)\\s*" + WHEN);

    private static final Pattern SINCE = Pattern.compile("(?iu)\\b(?:seit|since)\\s+$");

    /** "bis Ende 2025", "until the end of 2024": where a running project or its trial is to end. */
    private static final Pattern UNTIL =
            Pattern.compile("(?iu)\\b(?:bis|until|till)\\s+(?:(?:zum|zur|ende|mitte|anfang|the|end|of)\\s+)*$");

    /** "ab Mai 2022", "from spring 2021": where a stretch of work began, with a word of building beside it. */
    private static final Pattern FROM = Pattern.compile("(?iu)\\b(?:ab|from)\\s+$");

    /** Lines that date the article, not the project; a copyright line dates the site. */
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^\\W*(?:veröffentlicht|publiziert|erschienen"
            + "|aktualisiert|zuletzt|stand|erstellt|geschrieben|datum|published|posted|updated|last\\s+updated"
            + "|last\\s+modified|date|created)\\b|©|\\bcopyright\\b|\\(c\\)\\s*(?:19|20)\\d\\d");

    /** Words that a clause begins, runs or is over by, each with what it says of the project. */
    private enum Cue {
        BEGAN(
                "begonnen|begann|begannen|beginnt|beginnen|gestartet|startete|starten|startet|baubeginn|projektstart"
                        + "|started|starts|began|begun|launched|kicked\\s+off|got\\s+under\\s+way",
                null),
        OPENED(
                "eröffnet|eröffnete|eröffnung|in\\s+betrieb(?:\\s+genommen)?|geöffnet|läuft|fährt|gibt\\s+es"
                        // A plant that feeds its power or heat into the grid runs: "speisen sie Strom ein".
                        + "|speis(?:en|t)\\s+(?:\\S+\\s+){0,5}?ein|feeds?\\s+(?:\\S+\\s+){0,2}?into"
                        + "|opened|opening|running|in\\s+operation|operating|in\\s+service|open\\s+since|generating",
                Phase.OPERATION),
        PILOT(
                "probebetrieb|testbetrieb|pilotbetrieb|pilotphase|modellphase|erprobung|trial|pilot\\s+phase"
                        + "|test\\s+phase",
                Phase.IMPLEMENTATION),
        BUILDING(
                "im\\s+bau|bauphase|wird\\s+gebaut|werden\\s+gebaut|under\\s+construction|being\\s+built",
                Phase.IMPLEMENTATION),
        FINISHED(
                "fertig|fertiggestellt|abgeschlossen|beendet|endete|vollendet|completed|finished|ended|concluded"
                        + "|done",
                Phase.OPERATION),
        RAN(
                "lief|liefen|dauerte|dauerten|gebaut|umgesetzt|bauzeit|ran|took\\s+place|was\\s+built|were\\s+built|built"
                        // Funding runs as long as the project it pays for: "funded until mid-2026".
                        + "|gefördert|finanziert|funded|financed"
                        // A network's Scandinavian pages: "Projektet pågår 2023–2025".
                        + "|pågår|pågick|varer|varede|varte",
                null),
        PLANNED(
                "geplant|in\\s+planung|soll|sollen|vorgesehen|voraussichtlich|planned|in\\s+planning|expected"
                        + "|scheduled|will\\s+start|is\\s+to\\s+start",
                Phase.STRATEGY);

        private final Pattern pattern;
        private final @Nullable Phase phase;

        Cue(String words, @Nullable Phase phase) {
            this.pattern = Pattern.compile("(?iu)(?<![\\p{L}])(?:" + words + ")(?![\\p{L}])");
            this.phase = phase;
        }
    }

    /** Clauses: a sentence cut at its punctuation, so a cue speaks only of the years beside it. */
    private static final Pattern CLAUSES = Pattern.compile("(?<=\\p{L}{2}[.!?])\\s+|[;,]\\s*|\\s+[–—]\\s+(?=\\D)");

    private static final int YEAR_DIGITS = 4;

    /** Farthest a cue may stand from the year it dates, in characters. */
    private static final int REACH = 70;

    /** The phases named by a sentence that says where a project stands, without a year. */
    private static final Pattern STANDS = Pattern.compile(
            "(?iu)\\b(?:(?:ist|sind|wurde|wurden)\\s+(?:\\S+\\s+){0,3}?"
                    // "fast fertig", "nearly finished": not done yet, so no word of an ending.
                    + "(?<!fast\\s|beinahe\\s|nahezu\\s|bald\\s|noch\\snicht\\s|nicht\\s)"
                    + "(fertig(?:gestellt)?|abgeschlossen|eröffnet|in\\s+betrieb|im\\s+bau|in\\s+planung)"
                    + "|(probebetrieb|testbetrieb|pilotbetrieb|pilotphase|modellphase|bauphase)\\s+(?:läuft|dauert|hat\\s+begonnen)"
                    + "|(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:now\\s+)?"
                    + "(completed|finished|open|running|in\\s+operation|operational|under\\s+construction|being\\s+built"
                    + "|in\\s+planning)"
                    // "It is a two-year pilot", "Das ist ein Pilotprojekt": the page calls the project a trial.
                    + "|(?:it|this|the\\s+\\S+)\\s+is\\s+(?:a|an)\\s+(?:[\\p{L}\\d-]+\\s+)?(pilot|trial)(?!\\s+\\p{Ll}+ed\\b))\\b");

    private final List<String> clauses;

    private ProseDates(List<String> clauses) {
        this.clauses = clauses;
    }

    /** The dates of these sentences; lines that date the article are left out. */
    static ProseDates of(List<String> sentences) {
        List<String> clauses = new ArrayList<>();
        for (String s : sentences) {
            if (DATE_LINE.matcher(s).find()) continue;
            for (String c : CLAUSES.split(s)) {
                if (!c.isBlank()) clauses.add(c.strip());
            }
        }
        return new ProseDates(clauses);
    }

    /**
     * The years the clauses agree on; empty when none is dated by a cue or they disagree. Two starts
     * disagree unless one is where the work began and the later one where the project opened ("Gebaut
     * wurde ab Mai 2022", "seit März 2023 in Betrieb"): then the work ran from the first to the second.
     */
    Optional<Period> period() {
        Set<Integer> begins = new LinkedHashSet<>();
        Set<Integer> opens = new LinkedHashSet<>();
        Set<Integer> ends = new LinkedHashSet<>();
        for (String clause : clauses) read(clause, begins, opens, ends);
        Set<Integer> starts = new LinkedHashSet<>(begins);
        starts.addAll(opens);
        Integer start = starts.size() == 1 ? starts.iterator().next() : null;
        Integer end = ends.size() == 1 ? ends.iterator().next() : null;
        if (start == null && begins.size() == 1 && opens.size() == 1) {
            int began = begins.iterator().next();
            int opened = opens.iterator().next();
            if (opened > began) {
                start = began;
                if (ends.isEmpty()) end = opened;
            }
        }
        if (start != null && end != null && end < start) end = null;
        if (start == null && end == null) return Optional.empty();
        return Optional.of(new Period(start, end));
    }

    /**
     * Sorts the clause's dated years: where work began or is planned to, where the project opened or
     * runs since, where it ended.
     */
    private static void read(String clause, Set<Integer> begins, Set<Integer> opens, Set<Integer> ends) {
        Matcher span = SPAN.matcher(clause);
        if (span.find()) {
            Integer from = year(span.group(1));
            Integer to = year(span.group(2));
            // A span counts when the clause says what ran then: "gebaut wurde 2022 – 2023", "2026–2028 (geplant)".
            if (from != null && to != null && to >= from && cueNear(clause, span.start(), span.end()) != null) {
                begins.add(from);
                ends.add(to);
            }
            return;
        }
        for (Dated d : dated(clause)) {
            if (d.cue() == Cue.FINISHED || d.until() && RUNNING.contains(d.cue())) ends.add(d.year());
            else if (d.since() || d.cue() == Cue.OPENED) opens.add(d.year());
            else if (d.cue() == Cue.PLANNED
                    || d.cue() == Cue.BEGAN
                    || d.cue() == Cue.PILOT
                    || d.from() && (d.cue() == Cue.RAN || d.cue() == Cue.BUILDING)) begins.add(d.year());
        }
    }

    /** A year of a clause, whether "seit"/"since", "ab"/"from" or "bis"/"until" stands before it, and its cue. */
    private record Dated(
            int year,
            boolean since,
            boolean from,
            boolean until,
            @Nullable Cue cue,
            String cueWords) {}

    /** Cues of something under way, which "bis"/"until" before a year ends: "läuft bis Ende 2025". */
    private static final Set<Cue> RUNNING = java.util.EnumSet.of(Cue.OPENED, Cue.PILOT, Cue.RAN, Cue.BUILDING);

    /**
     * The clause's years, each with its cue: every cue dates the year nearest to it, and a year takes
     * the nearest of the cues that date it — so in "started in 2021 and finished in June 2022" the end
     * belongs to 2022, though it stands closer to 2021's end than "started" to 2021.
     */
    private static List<Dated> dated(String clause) {
        List<int[]> years = new ArrayList<>();
        Matcher m = YEARS.matcher(clause);
        while (m.find()) {
            Integer year = year(m.group(1));
            if (year != null) years.add(new int[] {m.start(), m.end(), year});
        }
        Cue[] cueOf = new Cue[years.size()];
        String[] wordsOf = new String[years.size()];
        int[] best = new int[years.size()];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        for (Cue cue : Cue.values()) {
            Matcher c = cue.pattern.matcher(clause);
            while (c.find()) {
                int nearest = -1;
                int nearestDistance = Integer.MAX_VALUE;
                for (int i = 0; i < years.size(); i++) {
                    int d = distance(c.start(), c.end(), years.get(i)[0], years.get(i)[1]);
                    if (d < nearestDistance) {
                        nearest = i;
                        nearestDistance = d;
                    }
                }
                if (nearest >= 0 && nearestDistance <= REACH && nearestDistance < best[nearest]) {
                    best[nearest] = nearestDistance;
                    cueOf[nearest] = cue;
                    wordsOf[nearest] = c.group();
                }
            }
        }
        List<Dated> dated = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            // "seit Juni 2023", "since the autumn of 2021": a dated beginning; a bare "seit 2022" as often
            // starts a trend or a habit ("stellt seit 2022 jedes Jahr Mittel bereit") and needs a cue.
            boolean withDate = years.get(i)[1] - years.get(i)[0] > YEAR_DIGITS;
            boolean since = withDate
                    && SINCE.matcher(clause.substring(0, years.get(i)[0])).find();
            String before = clause.substring(0, years.get(i)[0]);
            boolean from = FROM.matcher(before).find();
            boolean until = UNTIL.matcher(before).find();
            dated.add(new Dated(years.get(i)[2], since, from, until, cueOf[i], wordsOf[i] == null ? "" : wordsOf[i]));
        }
        return dated;
    }

    /** Characters between two stretches of a text; none when they overlap. */
    private static int distance(int start, int end, int otherStart, int otherEnd) {
        if (end <= otherStart) return otherStart - end;
        if (otherEnd <= start) return start - otherEnd;
        return 0;
    }

    /** The nearest cue within reach of the text between from and to, or null. */
    private static @Nullable Cue cueNear(String clause, int from, int to) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : Cue.values()) {
            Matcher m = cue.pattern.matcher(clause);
            while (m.find()) {
                int distance = distance(m.start(), m.end(), from, to);
                if (distance <= REACH && distance < bestDistance) {
                    best = cue;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static @Nullable Integer year(String text) {
        int year = Integer.parseInt(text);
        return year < Practice.EARLIEST_YEAR || year > Practice.LATEST_YEAR ? null : year;
    }

    /**
     * Where the project stands as the clauses word it ("fertig", "Probebetrieb", "finished"), when all
     * of them that say so agree, with the words that said it first.
     */
    Optional<Stated> phase() {
        Set<Phase> phases = new LinkedHashSet<>();
        String words = null;
        String pilot = null;
        boolean finished = false;
        for (String clause : clauses) {
            Matcher stands = STANDS.matcher(clause);
            while (stands.find()) {
                String w = stands.group(1) != null
                        ? stands.group(1)
                        : stands.group(2) != null
                                ? stands.group(2)
                                : stands.group(3) != null ? stands.group(3) : stands.group(4);
                Optional<Phase> p = phaseOfCue(w);
                if (p.isPresent()) {
                    phases.add(p.get());
                    if (words == null) words = w;
                }
                if (Cue.PILOT.pattern.matcher(w).matches() && pilot == null) pilot = w;
                if (Cue.FINISHED.pattern.matcher(w).matches()) finished = true;
            }
            for (Dated d : dated(clause)) {
                if (d.cue() == null || d.cue().phase == null) continue;
                phases.add(d.cue().phase);
                if (words == null) words = d.cueWords();
                if (d.cue() == Cue.PILOT && pilot == null) pilot = d.cueWords();
                if (d.cue() == Cue.FINISHED) finished = true;
            }
        }
        // "Seit Oktober fährt der Bus … der Probebetrieb läuft bis Juni": what runs is the trial, so
        // a running word beside a pilot's says no more than that the pilot is under way.
        if (pilot != null && !finished && phases.equals(Set.of(Phase.OPERATION, Phase.IMPLEMENTATION))) {
            return Optional.of(new Stated(pilot, Phase.IMPLEMENTATION));
        }
        return phases.size() == 1 && words != null
                ? Optional.of(new Stated(words, phases.iterator().next()))
                : Optional.empty();
    }

    /** The phase a status word stands for: its cue's, else the phase vocabulary's ("open", "operational"). */
    private static Optional<Phase> phaseOfCue(String word) {
        for (Cue cue : Cue.values()) {
            if (cue.phase != null && cue.pattern.matcher(word).matches()) return Optional.of(cue.phase);
        }
        return PhaseWords.phaseOf(word);
    }

    /** A phase as the sentences word it. */
    record Stated(String words, Phase phase) {}
}
