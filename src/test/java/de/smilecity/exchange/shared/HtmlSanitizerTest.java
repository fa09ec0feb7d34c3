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

    @Test
    void removesMarkupThatEntitiesHidInAPlainText() {
        assertThat(HtmlSanitizer.plainText("Freies WLAN &lt;img src=x onerror=alert(1)&gt;"))
                .isEqualTo("Freies WLAN");
        assertThat(HtmlSanitizer.plainText("Vorher <script>alert(2)</script>nachher"))
                .isEqualTo("Vorher nachher");
        assertThat(HtmlSanitizer.plainText("&amp;lt;script&amp;gt;alert(3)&amp;lt;/script&amp;gt;Rest"))
                .isEqualTo("Rest");
        assertThat(HtmlSanitizer.plainText("Stadt &lt;svg/onload=alert(4)&gt;")).isEqualTo("Stadt");
    }

    @Test
    void removesEventHandlersAndScriptSchemesOutsideTags() {
        assertThat(HtmlSanitizer.plainText("Name\" onmouseover=\"alert(1)\" x")).doesNotContain("onmouseover", "alert");
        assertThat(HtmlSanitizer.plainText("Link javascript:alert(2)")).doesNotContain("javascript:");
    }

    @Test
    void leavesNoAngleBracketsInTextEscapedMoreOftenThanItUnescapes() {
        String deep = "<b>x</b>";
        for (int i = 0; i < 8; i++)
            deep = deep.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        assertThat(HtmlSanitizer.plainText(deep)).doesNotContain("<", ">");
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        assertThat(HtmlSanitizer.plainText("Kosten < 5 Mio. € & mehr, 3 > 2"))
                .isEqualTo("Kosten < 5 Mio. € & mehr, 3 > 2");
        assertThat(HtmlSanitizer.plainText("  Bürger\u00adbeteiligung\n in  AT&T-Manier "))
                .isEqualTo("Bürgerbeteiligung in AT&T-Manier");
        assertThat(HtmlSanitizer.plainText("Online-Portal: Anmeldung")).isEqualTo("Online-Portal: Anmeldung");
    }
}
