package de.smilecity.exchange.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.testsupport.SignedInBrowserlessTest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The search page takes the same searches as the API and refuses the same ones: with a message on
 * the page in the reader's language, without running the search and without an exception's text.
 */
@Tag("hostile")
class SearchViewLimitsTest extends SignedInBrowserlessTest {

    @BeforeEach
    void english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    /** Opens the search page as a link with these parameters would. */
    void open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate(Routes.CATALOGUE, new QueryParameters(parameters));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(SearchView.class);
    }

    String refusal() {
        return $(Paragraph.class).withId("search-refused").single().getText();
    }

    TextField query() {
        return $(TextField.class).withId("search-query").single();
    }

    @Test
    void aTooLongSearchInTheAddressIsExplainedNextToTheFieldAndNotRun() {
        open(Map.of("q", List.of("b".repeat(2000))));
        assertThat(refusal()).contains("2,000 characters").contains("at most 500");
        assertThat(query().isInvalid()).isTrue();
        assertThat(query().getErrorMessage()).isEqualTo(refusal());
        assertThat($(ResultCard.class).all()).isEmpty();
        assertThat($(Paragraph.class).withId("result-count").single().getText()).isEmpty();
    }

    @Test
    void pagesBeyondTheResultsAndUnreadableFiltersAreExplained() {
        open(Map.of("page", List.of("21474838")));
        assertThat(refusal()).contains("Page 21,474,838").contains("page 1,000");
        assertThat(query().isInvalid()).isFalse();

        open(Map.of("phase", List.of("imaginary")));
        assertThat(refusal()).contains("“phase”").doesNotContain("Exception");
        assertThat($(ResultCard.class).all()).isEmpty();

        open(Map.of("keyword", Collections.nCopies(61, "k")));
        assertThat(refusal()).contains("61").contains("at most 50");
    }

    @Test
    void typingTooManyWordsMarksTheFieldAndAnAcceptedSearchClearsIt() {
        navigate("practices", SearchView.class);
        test(query()).setValue("a ".repeat(30).strip());
        assertThat(query().isInvalid()).isTrue();
        assertThat(query().getErrorMessage()).contains("30").contains("at most 20");
        assertThat($(ResultCard.class).all()).isEmpty();

        test(query()).setValue("Lastenrad");
        assertThat(query().isInvalid()).isFalse();
        assertThat($(ResultCard.class).all()).isNotEmpty();
    }
}
