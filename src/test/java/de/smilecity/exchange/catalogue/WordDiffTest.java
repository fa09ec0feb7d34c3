package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.WordDiff.Kind;
import de.smilecity.exchange.catalogue.WordDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void marksTheWordsThatCameAndWent() {
        assertThat(WordDiff.between("Der Bus fährt stündlich.", "Der Bus fährt alle 30 Minuten."))
                .containsExactly(
                        new Segment(Kind.SAME, "Der Bus fährt "),
                        new Segment(Kind.ADDED, "alle 30 Minuten"),
                        new Segment(Kind.REMOVED, "stündlich"),
                        new Segment(Kind.SAME, "."));
    }

    @Test
    void equalTextsAreOneUnchangedSegmentAndEmptyOnesNone() {
        assertThat(WordDiff.between("Gleich bleibt gleich", "Gleich bleibt gleich"))
                .containsExactly(new Segment(Kind.SAME, "Gleich bleibt gleich"));
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "neu")).containsExactly(new Segment(Kind.ADDED, "neu"));
    }

    @Test
    void textsTooLongForTheTableAreReplacedAsAWhole() {
        String before = "a ".repeat(2_100);
        String after = "b ".repeat(2_100);
        List<Segment> segments = WordDiff.between(before, after);
        assertThat(segments).extracting(Segment::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}
