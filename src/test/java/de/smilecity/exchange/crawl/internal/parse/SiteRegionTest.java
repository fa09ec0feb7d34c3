package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The region a site's legal notice or its pages about itself name, and where it may stand for a project's. */
class SiteRegionTest {

    @Test
    void readsTheRegionOfThePublishersAddressInTheLegalNotice() {
        Document notice = page(
                "<main><h1>Impressum</h1><p>Herausgeber:<br>Gemeinde Birkenau<br>Hauptstraße 1<br>99999 Birkenau<br>"
                        + "Thüringen</p><p>Vertreten durch den Bürgermeister.</p></main>",
                "http://birkenau.example/impressum.html");

        assertThat(SiteRegion.ofSitePage(notice)).contains("Thüringen");
    }

    @Test
    void readsALandTheNoticeNamesAsFreistaatThoughItsNameIsAlsoATowns() {
        Document notice = page(
                "<main><h1>Impressum</h1><p>Stadt Auenfeld<br>Rathausplatz 2<br>04999 Auenfeld<br>Freistaat Sachsen</p>"
                        + "<p>Die Stadt ist eine Körperschaft des öffentlichen Rechts.</p></main>",
                "http://auenfeld.example/impressum");

        assertThat(SiteRegion.ofSitePage(notice)).contains("Sachsen");
    }

    @Test
    void readsTheRegionThatTheSitesMembersPageNamesForTheWholeNetwork() {
        Document members = page(
                "<main><h1>Unsere Mitgliedsgemeinden</h1><p>Neun Dörfer im Landkreis Vorderau (Hessen) gehören zum Verbund,"
                        + " dazu eine Partnergemeinde jenseits der Landesgrenze.</p></main>",
                "http://verbund.example/wir/gemeinden.html");

        assertThat(SiteRegion.ofSitePage(members)).contains("Hessen");
    }

    @Test
    void readsNoRegionFromAnotherPageOrFromANoticeThatNamesTwo() {
        Document project = page(
                "<main><h1>Dorfladen</h1><p>Ein Laden in Birkenau, Thüringen.</p></main>",
                "http://birkenau.example/projekte/dorfladen.html");
        Document two = page(
                "<main><h1>Legal notice</h1><p>Offices in Bayern and in Hessen.</p></main>",
                "http://network.example/legal-notice/");

        assertThat(SiteRegion.ofSitePage(project)).isEmpty();
        assertThat(SiteRegion.ofSitePage(two)).isEmpty();
    }

    @Test
    void countsTheSitesRegionOnlyWhereItsProjectsMostlyLieThere() {
        assertThat(SiteRegion.projectsLieThere("Thüringen", Arrays.asList(null, null, null, "Hessen")))
                .isTrue();
        assertThat(SiteRegion.projectsLieThere("Bayern", Arrays.asList("Hessen", "Saarland", null, "Bayern")))
                .isFalse();
    }

    @Test
    void leavesAProjectThatNamesAnotherRegionAlone() {
        assertThat(SiteRegion.namesAnother("Thüringen", "Radweg über die Grenze nach Hessen", ""))
                .isTrue();
        assertThat(SiteRegion.namesAnother("Thüringen", "Dorfladen Birkenau", "Ein Laden im Dorf."))
                .isFalse();
    }

    private static Document page(String body, String url) {
        return Jsoup.parse("<html lang=de><body>" + body + "</body></html>", url);
    }
}
