package de.smilecity.exchange.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.search.internal.PassagePlan.Clause;
import de.smilecity.exchange.search.internal.PassagePlan.Kind;
import de.smilecity.exchange.search.internal.PassagePlan.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a passage search asks, read once for both engines: the words that say rather than ask, the
 * page asked for by its number, the question about money and when it may be asked again with one word.
 */
class PassagePlanTest {

    private static final Set<Long> ENTRIES = Set.of(7L);

    @Test
    void dropsTheWordsThatAskAndKeepsTheOnesThatSay() {
        PassageQuestion question = PassageQuestion.of("Wie viele Plätze der Garage waren belegt?");

        assertThat(question.words().words()).containsExactly("Plätze", "Garage", "belegt");
        assertThat(PassagePlan.of(question, ENTRIES).clauses())
                .extracting(Clause::text)
                .containsExactly("Plätze", "Garage", "belegt");
        // Nothing but question words: they are all there is to search for.
        assertThat(PassageQuestion.of("Was ist das?").words().words()).containsExactly("Was", "ist", "das");
    }

    @Test
    void asksForAPageByItsNumberWithoutRequiringTheWordsOnIt() {
        PassagePlan plan = PassagePlan.of(PassageQuestion.of("Seite 14 Rostock"), ENTRIES);

        assertThat(plan.page()).isEqualTo(14);
        assertThat(plan.clauses()).extracting(Clause::text).containsExactly("Rostock");
        // "Rostock" names the report: a page of it is the answer though the page does not say it.
        assertThat(plan.pageMustHoldAWord()).isFalse();
        assertThat(PassagePlan.of(PassageQuestion.of("page 3"), ENTRIES).clauses())
                .isEmpty();
        assertThat(PassageQuestion.of("Rostock Parkraum S. 3").page()).isEqualTo(3);
        assertThat(PassageQuestion.of("Seitenzahl 3").page()).isNull();
    }

    @Test
    void findsAWordInThePageAsItsVerbItsParticleOrItsPartsAndInWhatTheReportIsAbout() {
        Clause costs = PassagePlan.of(PassageQuestion.of("gekostet"), ENTRIES)
                .clauses()
                .getFirst();
        assertThat(texts(costs.inPage())).contains("gekostet", "kosten");
        assertThat(costs.about()).extracting(Match::field).containsExactlyElementsOf(PassagePlan.ABOUT_FIELDS);
        assertThat(costs.about()).allSatisfy(m -> assertThat(m.boost()).isEqualTo(PassagePlan.ABOUT_BOOST));

        Clause back = PassagePlan.of(PassageQuestion.of("zurückgegangen"), ENTRIES)
                .clauses()
                .getFirst();
        assertThat(texts(back.inPage())).contains("zurück");

        Clause compound = PassagePlan.of(PassageQuestion.of("Hitzeschutz"), ENTRIES)
                .clauses()
                .getFirst();
        assertThat(compound.inPage())
                .contains(new Match(
                        IndexFields.de(ReportPageFields.TEXT),
                        "hitze schutz",
                        Kind.EVERY_WORD,
                        PassagePlan.COMPOUND_PARTS_BOOST));
    }

    @Test
    void findsAWordThatAsksWhatSomethingCostAsTheWordsOfCostsInEitherLanguage() {
        Clause asked = PassagePlan.of(PassageQuestion.of("Was hat der Umbau gekostet?"), ENTRIES)
                .clauses()
                .getLast();
        assertThat(asked.text()).isEqualTo("gekostet");
        assertThat(asked.inPage())
                .contains(new Match(IndexFields.en(ReportPageFields.TEXT), PassagePlan.COST_WORDS, Kind.ANY_WORD, 1));

        Clause other =
                PassagePlan.of(PassageQuestion.of("Umbau"), ENTRIES).clauses().getFirst();
        assertThat(texts(other.inPage())).doesNotContain(PassagePlan.COST_WORDS);
        // Money asked otherwise ("Geld", "funding") is not what something cost.
        assertThat(PassageQuestion.asksCosts("Geld")).isFalse();
        assertThat(PassageQuestion.asksCosts("cost")).isTrue();
        // "Wie teuer war …" and "how much was spent" are answered by a page on costs, not by the word.
        Clause dear = PassagePlan.of(PassageQuestion.of("Wie teuer war der Steg?"), ENTRIES)
                .clauses()
                .getFirst();
        assertThat(dear.text()).isEqualTo("teuer");
        assertThat(texts(dear.inPage())).contains(PassagePlan.COST_WORDS);
        assertThat(PassageQuestion.asksCosts("spent")).isTrue();
        assertThat(PassageQuestion.asksCosts("ausgegeben")).isTrue();
    }

    @Test
    void requiresEveryOneOfTwoWordsAndHalfOfMore() {
        assertThat(PassagePlan.minimumShouldMatch(1)).isEqualTo(1);
        assertThat(PassagePlan.minimumShouldMatch(2)).isEqualTo(2);
        assertThat(PassagePlan.minimumShouldMatch(3)).isEqualTo(2);
        assertThat(PassagePlan.minimumShouldMatch(5)).isEqualTo(3);
        assertThat(PassagePlan.minimumShouldMatch(6)).isEqualTo(3);
    }

    @Test
    void asksAgainWithOneWordEnoughOnlyForAQuestionOfMoreThanTwoWords() {
        PassageQuestion long_ = PassageQuestion.of("Wie teuer waren die Sirenen für die Menschen am Deich?");
        assertThat(long_.canRelax()).isTrue();
        assertThat(PassagePlan.relaxed(long_, ENTRIES).minimumShouldMatch()).isEqualTo(1);
        assertThat(PassageQuestion.of("Kosten Parksensoren").canRelax()).isFalse();
        assertThat(PassageQuestion.of("Sirenen Menschen Deich Seite 2").canRelax())
                .isFalse();

        List<String> asked = new ArrayList<>();
        List<String> found = PassagePlan.answer(
                long_,
                ENTRIES,
                10,
                plan -> {
                    asked.add("min " + plan.minimumShouldMatch());
                    return plan.minimumShouldMatch() == 1 ? List.of("page 3") : List.of();
                },
                page -> page);
        assertThat(asked).containsExactly("min 2", "min 1");
        assertThat(found).containsExactly("page 3");
    }

    @Test
    void followsThePagesThatHoldHalfTheWordsWithThoseThatHoldOneUpToTheNumberAskedFor() {
        PassageQuestion question = PassageQuestion.of("Was kostet die Fähre in Haselgrund pro Jahr?");
        // Pages holding half the words come first; the relaxed plan's others follow, each page once.
        List<String> found = PassagePlan.answer(
                question,
                ENTRIES,
                3,
                plan -> plan.minimumShouldMatch() == 1 ? List.of("A 2", "B 4", "B 1", "B 2") : List.of("A 2"),
                page -> page);
        assertThat(found).containsExactly("A 2", "B 4", "B 1");

        List<String> asked = new ArrayList<>();
        PassagePlan.answer(
                question,
                ENTRIES,
                1,
                plan -> {
                    asked.add("min " + plan.minimumShouldMatch());
                    return List.of("A 2");
                },
                page -> page);
        assertThat(asked).hasSize(1);
    }

    @Test
    void prefersAmountsOnlyForAQuestionAboutMoney() {
        assertThat(PassageQuestion.of("Wie teuer waren die Sirenen?").asksCosts())
                .isTrue();
        assertThat(PassageQuestion.of("How much did the pilot cost?").asksCosts())
                .isTrue();
        assertThat(PassageQuestion.of("Wie viele Plätze waren belegt?").asksCosts())
                .isFalse();
        assertThat(PassagePlan.of(PassageQuestion.of("Was hat die Garage gekostet?"), ENTRIES)
                        .amounts())
                .extracting(Match::field, Match::kind)
                .hasSize(PassagePlan.FIELDS.size())
                .allSatisfy(t -> assertThat(t.toList()).contains(Kind.ANY_WORD));
        assertThat(PassagePlan.of(PassageQuestion.of("Plätze belegt"), ENTRIES).amounts())
                .isEmpty();
    }

    private static List<String> texts(List<Match> matches) {
        return matches.stream().map(Match::text).toList();
    }
}
