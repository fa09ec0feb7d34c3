package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainHeadingTest {

    @Test
    void takesTheFirstHeadingAReaderSeesNotOneForScreenReadersOrTheMenu() {
        Document doc = Jsoup.parse("<body><h1 class='sr-only'>Hauptmenü</h1><nav><h1>Menü</h1></nav>"
                + "<div class='portlet'><h1>Wasserspielplatz Kornbach</h1><p>Ein Spielplatz am Bach.</p></div></body>");

        assertThat(MainHeading.of(doc).text()).isEqualTo("Wasserspielplatz Kornbach");
        assertThat(PageExtractor.extract(doc, Profile.generic(), PageExtractorTest.FIELDS)
                        .title())
                .isEqualTo("Wasserspielplatz Kornbach");
    }

    @Test
    void findsNoneWhereEveryHeadingIsHidden() {
        Document doc = Jsoup.parse("<body><h1 class='visually-hidden'>Navigation</h1><p>Text</p></body>");

        assertThat(MainHeading.of(doc)).isNull();
    }
}
