package de.smilecity.exchange.crawl.internal.similar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteTemplateTest {

    /** What the site's template puts under every project: a funding line and a note on the programme. */
    static final String TEMPLATE = " Gefördert aus dem Landesprogramm für lebendige Dörfer und begleitet von der "
            + "Geschäftsstelle des Netzwerks, die alle Erfahrungen in einem offenen Handbuch sammelt. Fragen zum "
            + "Vorhaben beantwortet das Team der Geschäftsstelle montags bis donnerstags am Telefon.";

    static final String ORCHARD = "Auf einer alten Streuobstwiese pflanzt die Gemeinde vierzig junge Bäume alter "
            + "Sorten, Schulklassen übernehmen Patenschaften." + TEMPLATE;

    static final String BENCH = "An sechs Stellen im Ort stehen Bänke, auf denen wartende Fußgänger von Autofahrern "
            + "ins Nachbardorf mitgenommen werden." + TEMPLATE;

    @Test
    void twoShortProjectsOfOneTemplateLookAlikeUntilTheTemplateIsLeftOut() {
        SiteTemplate site = new SiteTemplate();
        for (String other : new String[] {"Ein Dorfladen öffnet nachts mit Karte.", "Ein Bus fährt auf Abruf."}) {
            site.learn("netz.example", Shingles.of(other + TEMPLATE));
        }
        Set<Long> orchardTemplate = site.learn("netz.example", Shingles.of(ORCHARD));
        Set<Long> benchTemplate = site.learn("netz.example", Shingles.of(BENCH));

        assertThat(orchardTemplate).isEmpty(); // three pages so far: not yet the site's
        assertThat(benchTemplate).isNotEmpty();
        assertThat(Shingles.of(BENCH).containment(Shingles.of(ORCHARD))).isGreaterThan(0.6);
        assertThat(Shingles.of(BENCH).without(benchTemplate).containment(Shingles.of(ORCHARD)))
                .isLessThan(0.2);
        assertThat(Fingerprint.of(Shingles.of(BENCH).without(benchTemplate))
                        .containment(Fingerprint.of(Shingles.of(ORCHARD))))
                .isLessThan(0.3);
    }

    @Test
    void aProjectAndTwoCopiesAreNoTemplateAndAnotherSiteLearnsApart() {
        SiteTemplate site = new SiteTemplate();
        site.learn("netz.example", Shingles.of(ORCHARD));
        site.learn("netz.example", Shingles.of("Rundbrief: " + ORCHARD));
        assertThat(site.learn("netz.example", Shingles.of(ORCHARD + " Druckansicht")))
                .isEmpty();
        assertThat(site.of("netz.example", Shingles.of(ORCHARD))).isEmpty();
        site.learn("netz.example", Shingles.of(BENCH));
        assertThat(site.of("netz.example", Shingles.of(BENCH))).isNotEmpty();
        assertThat(site.of("anderes.example", Shingles.of(BENCH))).isEmpty();
    }
}
