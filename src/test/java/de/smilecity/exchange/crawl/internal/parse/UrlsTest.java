package de.smilecity.exchange.crawl.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({
        "HTTP://Partner.Example:80/a/b.html, http://partner.example/a/b.html",
        "https://partner.example:443, https://partner.example/",
        "https://partner.example:8443/x, https://partner.example:8443/x",
        "http://p.example/a.html#top, http://p.example/a.html",
        "http://p.example/a.html?utm_source=x&utm_medium=y, http://p.example/a.html",
        "http://p.example/a.html?ref=nl&b=2&a=1&fbclid=z&gclid=q, http://p.example/a.html?a=1&b=2",
        "http://p.example/x/../a.html, http://p.example/a.html",
        "http://p.example/projekte/article-7.html;jsessionid=0A1B2C3D, http://p.example/projekte/article-7.html",
        "http://p.example/projekte;JSESSIONID=abc.node1?seite=2, http://p.example/projekte?seite=2",
        "http://p.example/liste.php?PHPSESSID=9f8e&seite=2, http://p.example/liste.php?seite=2",
        "http://p.example/a.jsp?jsessionid=1&id=4&cfid=7&cftoken=8, http://p.example/a.jsp?id=4",
        "http://p.example/session/a.html?session=1, http://p.example/session/a.html?session=1"
    })
    void normalisesOnePagesSpellings(String url, String expected) {
        assertThat(Urls.normalise(URI.create(url))).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "http://p.example/, http://p.example/",
        "http://p.example/index.html, http://p.example/",
        "http://p.example/INDEX.HTM, http://p.example/",
        "http://p.example/faelle/, http://p.example/faelle",
        "http://p.example/faelle/index.php, http://p.example/faelle",
        "http://p.example/faelle/default.aspx, http://p.example/faelle",
        "http://p.example:8080/faelle/?page=2, http://p.example:8080/faelle?page=2",
        "http://p.example/faelle/myindex.html, http://p.example/faelle/myindex.html",
        "http://p.example/index.html/x, http://p.example/index.html/x"
    })
    void givesTheSpellingsOfOnePageOneKey(String normalised, String key) {
        assertThat(Urls.pageKey(URI.create(normalised))).hasToString(key);
    }

    @ParameterizedTest
    @CsvSource({"mailto:someone@example.org", "javascript:alert(1)", "ftp://files.example/x", "/relative/only"})
    void takesOnlyAbsoluteHttpLinks(String url) {
        assertThat(Urls.parseHttp(url)).isEmpty();
    }
}
