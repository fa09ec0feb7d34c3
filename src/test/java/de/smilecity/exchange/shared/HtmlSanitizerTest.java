package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void removesScriptsEventHandlersAndJavascriptLinks() {
        String clean = HtmlSanitizer.clean("""
                <p onclick="steal()">Hallo <script>alert(1)</script><img src=x onerror="alert(2)">
                <a href="javascript:alert(3)">klick</a> <a href="https://rostock.de">Rostock</a></p>""");
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "javascript:", "<img");
        assertThat(clean).contains("Hallo", "klick", "href=\"https://rostock.de\"", "rel=\"nofollow noopener\"");
    }

    @Test
    void keepsTheTextOfWhatItRemoves() {
        assertThat(HtmlSanitizer.toPlainText("<div><b>fett</b> und <i>kursiv</i></div>"))
                .isEqualTo("fett und kursiv");
    }
}
