package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersMarkdownToSafeHtml() {
        String html = Markdown.toHtml(
                "## Ziel\n\n**fett** und [Link](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertThat(html).contains("<h2>Ziel</h2>", "<strong>fett</strong>", "href=\"https://example.org\"", "<table>");
    }

    @Test
    void escapesRawHtmlAndDropsDangerousLinks() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n[x](javascript:alert(2))");
        assertThat(html).doesNotContain("<script", "javascript:");
    }

    @Test
    void givesPlainTextForSnippets() {
        assertThat(Markdown.toPlainText("**fett** und *kursiv*")).isEqualTo("fett und kursiv");
    }
}
