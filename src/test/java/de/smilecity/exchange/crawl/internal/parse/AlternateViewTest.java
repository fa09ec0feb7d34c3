package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlternateViewTest {

    @Test
    void takesAPageWhoseCanonicalLinkNamesAnotherPageOfTheSiteForAViewOfThatPage() {
        Document print = page(
                "https://www.netz.example/projekte/solardach/drucken.html",
                "https://www.netz.example/projekte/solardach.html");
        assertThat(AlternateView.canonicalElsewhere(print))
                .contains(URI.create("https://www.netz.example/projekte/solardach.html"));

        // A relative canonical link, and "canonical" among other link types.
        Document second = Jsoup.parse(
                "<html><head><link rel='Canonical alternate' href='/projekte/solardach/'></head><body></body></html>",
                "https://www.netz.example/themen/energie/solardach/");
        assertThat(AlternateView.canonicalElsewhere(second))
                .contains(URI.create("https://www.netz.example/projekte/solardach/"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // the page itself under another spelling
        "https://www.netz.example/projekte/solardach.html, https://www.netz.example/projekte/solardach",
        "http://netz.example/projekte/solardach/, https://www.netz.example/projekte/solardach/index.html",
        "https://www.netz.example/projekte/solardach?utm_source=mail, https://www.netz.example/projekte/solardach",
        // a site set up to name its home page as every page's canonical one
        "https://www.netz.example/projekte/solardach.html, https://www.netz.example/",
        // another site: a syndicated text is the partner's own candidate
        "https://www.netz.example/projekte/solardach.html, https://www.zeitung.example/artikel/solardach",
    })
    void keepsAPageWhoseCanonicalLinkNamesItselfItsHomeOrAnotherSite(String self, String canonical) {
        assertThat(AlternateView.canonicalElsewhere(page(self, canonical))).isEmpty();
    }

    @Test
    void namesTheTranslationsASiteLinksButNotALanguagesHomeOrAnotherSite() {
        Document doc = Jsoup.parse(
                "<html lang=fr><head><link rel=alternate hreflang=de href='/de/projekte/dorfladen'>"
                        + "<link rel=alternate hreflang=fr href='/fr/projets/epicerie'>"
                        + "<link rel=alternate hreflang=it href='https://other.example/it/negozio'></head>"
                        + "<body><nav><a hreflang=en href='/en/'>English</a>"
                        + "<a hreflang=rm href='/rm/projects/butia'>Rumantsch</a></nav>"
                        + "<p>Voir aussi <a hreflang=fr-CH href='/fr/projets/fromagerie'>la fromagerie</a>.</p>"
                        + "<h1>Épicerie du village</h1></body></html>",
                "https://www.netz.example/fr/projets/epicerie");

        assertThat(AlternateView.translations(doc))
                .containsExactlyInAnyOrder(
                        "https://www.netz.example/de/projekte/dorfladen", "https://www.netz.example/rm/projects/butia");
    }

    @Test
    void keepsAPageWithoutCanonicalLink() {
        Document amp = Jsoup.parse(
                "<html amp><head><title>Solardach</title></head><body><h1>Solardach</h1></body></html>",
                "https://www.netz.example/projekte/solardach/amp/");
        assertThat(AlternateView.canonicalElsewhere(amp)).isEmpty();
    }

    @Test
    void namesTheAmpViewOfTheSameSiteOnly() {
        Document original = Jsoup.parse(
                "<html><head><link rel='AmpHTML' href='/berichte/kita-mensa/amp/'></head><body><h1>Mensa</h1></body></html>",
                "https://www.kreis.example/berichte/kita-mensa/");
        assertThat(AlternateView.ampView(original))
                .contains(URI.create("https://www.kreis.example/berichte/kita-mensa/amp/"));

        Document cached = Jsoup.parse(
                "<html><head><link rel=amphtml href='https://amp-cache.example/c/s/www.kreis.example/mensa'>"
                        + "</head><body></body></html>",
                "https://www.kreis.example/berichte/kita-mensa/");
        assertThat(AlternateView.ampView(cached))
                .as("an AMP cache is another site")
                .isEmpty();

        Document self = Jsoup.parse(
                "<html><head><link rel=amphtml href='/berichte/kita-mensa/index.html'></head><body></body></html>",
                "https://www.kreis.example/berichte/kita-mensa/");
        assertThat(AlternateView.ampView(self))
                .as("an AMP-first page names itself")
                .isEmpty();

        Document none = Jsoup.parse(
                "<html><head><link rel=alternate href='/feed.xml'></head><body></body></html>",
                "https://www.kreis.example/berichte/kita-mensa/");
        assertThat(AlternateView.ampView(none)).isEmpty();
    }

    private static Document page(String self, String canonical) {
        return Jsoup.parse(
                "<html><head><link rel=canonical href='" + canonical
                        + "'></head><body><h1>Solardach</h1></body></html>",
                self);
    }
}
