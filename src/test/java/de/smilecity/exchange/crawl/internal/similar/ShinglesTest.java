package de.smilecity.exchange.crawl.internal.similar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    static final String PROJECT = "Drei elektrische Lastenräder stehen am Bahnhof zum kostenlosen Ausleihen bereit. "
            + "Wer einen Wocheneinkauf oder das Kind zur Kita bringen will, bucht ein Rad über die Webseite der "
            + "Gemeinde und holt es mit der Bürgerkarte an der Station neben dem Fahrradparkhaus ab. Die Räder "
            + "wurden im Sommer angeschafft und mit dem örtlichen Fahrradladen gewartet. Im ersten Jahr wurden sie "
            + "über tausendmal ausgeliehen, am häufigsten samstags vormittags.";

    static final String OTHER_PROJECT = "Bürgerinnen und Bürger gießen junge Straßenbäume in ihrer Nachbarschaft. "
            + "Wer eine Patenschaft übernimmt, bekommt eine Gießkanne und eine Karte der eigenen Bäume. Ein Sensor "
            + "im Boden misst die Feuchte. Im ersten Jahr haben sich achtzig Paten gemeldet, darunter zwei "
            + "Schulklassen; die Gemeinde stellt das Wasser und holt es am Bahnhof ab.";

    @Test
    void aCopyWithAGreetingAndOtherMarkupIsAlmostTheSame() {
        String copy = "<p>Liebe Leserinnen und Leser, heute stellen wir vor:</p> <b>"
                + PROJECT.toUpperCase(java.util.Locale.ROOT).replace(".", " !") + "</b> Viele Grüße, Ihre Verwaltung";
        double overlap = Shingles.of(PROJECT).overlap(Shingles.of(copy));
        assertThat(overlap).isGreaterThan(0.75);
    }

    @Test
    void aPageInsideALongDigestStandsInItWholly() {
        String digest = "Aus dem Rathaus: " + OTHER_PROJECT + " Außerdem: " + PROJECT + " Termine im Mai: Markt, "
                + "Stadtfest und Sitzung des Rates.";
        Shingles page = Shingles.of(PROJECT);
        assertThat(page.containment(Shingles.of(digest))).isEqualTo(1.0);
        assertThat(page.overlap(Shingles.of(digest))).isLessThan(0.6);
        Fingerprint stored = Fingerprint.decode(Fingerprint.of(page).encode());
        assertThat(stored.containment(Fingerprint.of(Shingles.of(digest)))).isGreaterThan(0.8);
        assertThat(stored.containment(Fingerprint.of(Shingles.of(OTHER_PROJECT))))
                .isLessThan(0.2);
    }

    @Test
    void aTitleAloneIsTooShortToBeACopy() {
        assertThat(Shingles.of("Lastenrad-Verleih am Bahnhof")
                        .containment(Shingles.of(PROJECT + " Lastenrad-Verleih am Bahnhof")))
                .isZero();
        assertThatThrownBy(() -> Fingerprint.decode("x:AAAA")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoProjectsInTheSameWordsOfOneTownAreNotCopies() {
        assertThat(Shingles.of(PROJECT).overlap(Shingles.of(OTHER_PROJECT))).isLessThan(0.05);
        assertThat(Shingles.of(PROJECT).containment(Shingles.of(OTHER_PROJECT))).isLessThan(0.05);
    }

    @Test
    void accentsAreFoldedAndEmptyTextsResembleNothing() {
        assertThat(Shingles.of("Bürgerkarte für alle").overlap(Shingles.of("Burgerkarte fur alle")))
                .isEqualTo(1.0);
        assertThat(Shingles.of("").overlap(Shingles.of(""))).isZero();
        assertThat(Shingles.of(" , ").isEmpty()).isTrue();
    }

    @Test
    void theSignatureEstimatesTheOverlapAndSurvivesStorage() {
        Shingles original = Shingles.of(PROJECT);
        String half = PROJECT.substring(0, PROJECT.length() / 2) + " " + OTHER_PROJECT;
        for (String other : new String[] {PROJECT, half, OTHER_PROJECT}) {
            Shingles shingles = Shingles.of(other);
            MinHash stored = MinHash.decode(MinHash.of(shingles).encode());
            assertThat(MinHash.of(original).similarity(stored)).isCloseTo(original.overlap(shingles), within(0.15));
        }
        assertThat(MinHash.of(original).encode()).hasSize(MinHash.ENCODED_LENGTH);
        assertThatThrownBy(() -> MinHash.decode("AAAA")).isInstanceOf(IllegalArgumentException.class);
    }
}
