package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainBlockTest {

    /** Long enough to be a project's description rather than a note (more than MIN_BLOCK_CHARS). */
    static final String STORY =
            "<p>In Lindenau fahren seit dem Frühling zwei kleine Elektrobusse ohne festen Fahrplan. "
                    + "Wer mitfahren will, meldet sich eine halbe Stunde vorher per Anruf oder in der App, und der Bus holt "
                    + "ihn an einer von vierzig Haltestellen ab.</p><p>Die Fahrten bündelt ein Rechenprogramm, so dass selten "
                    + "jemand allein im Bus sitzt. In den ersten sechs Monaten wurden gut neuntausend Fahrten gebucht, die "
                    + "meisten von älteren Menschen auf dem Weg zum Arzt oder zum Wochenmarkt.</p>";

    static final String STORY_TEXT = Jsoup.parse(STORY).text();

    @Test
    void aMailingsBlockIsTheProjectItRepeatsWithoutGreetingOtherItemsAndFooter() {
        Document mailing = Jsoup.parse("<body><div class=wrap>"
                + "<div class=row>Lindenauer Brief · Heft 4</div>"
                + "<div class=row><p>Hallo in die Runde,</p><p>diesmal ausführlich über den Rufbus.</p></div>"
                + "<div class=row><h2>Der Rufbus kommt auf Anruf</h2>" + STORY + "</div>"
                + "<div class=row><p>Kurz notiert: Die Bücherei hat wieder samstags geöffnet.</p></div>"
                + "<div class=row>Abmelden können Sie sich jederzeit im Rathaus.</div>"
                + "</div></body>");

        String block = PageText.block(mailing);

        assertThat(block).startsWith("Der Rufbus kommt auf Anruf").contains(STORY_TEXT);
        assertThat(block).doesNotContain("Hallo in die Runde", "Bücherei", "Abmelden");
        assertThat(PageText.of(mailing)).contains("Hallo in die Runde", "Abmelden");
    }

    @Test
    void aProjectPageKeepsHeadingTextAndFactsWhereNoPartHoldsHalfOfIt() {
        Document page = Jsoup.parse("<body><main><article><h1>Rufbus Lindenau</h1>" + STORY
                + "<p>Dazu kommt eine Sprechstunde im Bürgerbüro für alle, die nicht telefonieren mögen, und ein "
                + "Aushang an jeder Haltestelle mit der Nummer und den Zeiten, zu denen der Bus bestellt werden kann.</p>"
                + "<table><tr><th>Einwohner</th><td>8.400</td></tr><tr><th>Kosten</th><td>210.000 Euro</td></tr></table>"
                + "</article></main></body>");

        assertThat(PageText.block(page)).startsWith("Rufbus Lindenau").contains(STORY_TEXT, "Einwohner 8.400");
    }

    @Test
    void aOneColumnMailingTakesTheSectionUnderItsHeadingThatHoldsHalfTheText() {
        Document mailing = Jsoup.parse("<body><div>"
                + "<p>Liebe Nachbarinnen und Nachbarn, hier die Neuigkeiten des Monats.</p>"
                + "<h3>Rufbus</h3>" + STORY
                + "<h3>Bücherei</h3><p>Samstags wieder geöffnet, mit Vorlesestunde um elf.</p>"
                + "<h3>Termine</h3><p>Gemeinderat am Dienstag, Flohmarkt am Sonntag.</p>"
                + "</div></body>");

        assertThat(PageText.block(mailing)).isEqualTo("Rufbus " + STORY_TEXT);
    }

    @Test
    void aBlockShorterThanADescriptionIsNeverTakenAlone() {
        Document page = Jsoup.parse("<body><main><div><p>Ein kurzer Hinweis auf den Rufbus.</p></div>"
                + "<p>Mehr im Rathaus.</p></main></body>");

        assertThat(PageText.block(page)).isEqualTo("Ein kurzer Hinweis auf den Rufbus. Mehr im Rathaus.");
    }
}
