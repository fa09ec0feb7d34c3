package de.smilecity.exchange.search;

import de.smilecity.exchange.testsupport.OpenSearch;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The passages of partner reports ({@link PassageSearchTest}) found by the OpenSearch engine: never a
 * page of an entry a visitor may not see, the limits, the rebuild. The ranking of questions (question
 * words dropped, what a report is about, half the words enough, "Seite 14", amounts for questions
 * about money) is the embedded engine's
 * only so far (docs/scale-out.md): those tests are switched off here, with that reason.
 */
@OpenSearch
class PassageSearchOnOpenSearchTest extends PassageSearchTest {

    static final String NOT_YET = "the passage ranking of questions is not yet mirrored on OpenSearch";

    @Test
    @Override
    @Disabled(NOT_YET)
    void findsThePageOfAPublishedEntrysReportWithThePassageMarked() {}

    @Test
    @Override
    @Disabled(NOT_YET)
    void answersAQuestionWithThePageThatHoldsItsAnswerFirst() {}

    @Test
    @Override
    @Disabled(NOT_YET)
    void answersAnEnglishQuestionAboutResults() {}

    @Test
    @Override
    @Disabled(NOT_YET)
    void findsAPageAskedForByItsNumber() {}

    @Test
    @Override
    @Disabled(NOT_YET)
    void answersAQuestionAboutMoneyThatSharesOneWordWithItsAnswerWithThePageThatStatesTheAmount() {}
}
