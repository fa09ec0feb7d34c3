package de.smilecity.exchange.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import de.smilecity.exchange.testsupport.Axe;
import de.smilecity.exchange.testsupport.PageChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Goes through pages and their states in one browser page and collects, instead of stopping at the
 * first, everything that fails: axe-core's serious and critical WCAG 2.1 A/AA violations,
 * {@code <html lang>}, heading order, landmarks, reflow at 320 px, the skip link as first tab stop
 * with a visible focus, and a title of its own for each page. Moderate and minor findings are logged
 * and summed up, for the list of known limitations.
 */
final class PageAudit {

    private static final Logger log = LoggerFactory.getLogger(PageAudit.class);

    private final Page page;
    private final Function<String, String> url;
    private final String language;
    private final List<String> failures = new ArrayList<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final TreeSet<String> minor = new TreeSet<>();
    private int checked;

    PageAudit(Page page, Function<String, String> url, String language) {
        this.page = page;
        this.url = url;
        this.language = language;
    }

    /** Opens a page by its address, as someone following a link or bookmark would, and checks it. */
    void page(String name, String path, String renderedWhen) {
        page(name, path, renderedWhen, language);
    }

    /**
     * As {@link #page(String, String, String)}, for a page whose {@code <html lang>} is not the UI's
     * (a standalone document in an entry's language) or has no shell: {@code htmlLang} null skips it.
     */
    void page(String name, String path, String renderedWhen, @Nullable String htmlLang) {
        page.navigate(url.apply(path));
        page.locator(renderedWhen).first().waitFor();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        String where = name + " (/" + path + ", " + language + ")";
        boolean shell = (Boolean) page.evaluate("() => !!document.querySelector('vaadin-app-layout')");
        if (shell) {
            skipLinkFirst(where);
        }
        String title = page.title();
        String earlier = titles.putIfAbsent(title, where);
        if (earlier != null) {
            failures.add(where + ": the title \"" + title + "\" is also the title of " + earlier);
        }
        check(where, htmlLang);
    }

    /** Brings the current page into a state (a dialog open, errors shown) and checks it. */
    void state(String name, Consumer<Page> action, String renderedWhen) {
        action.accept(page);
        page.locator(renderedWhen).first().waitFor();
        page.waitForTimeout(300);
        check(name + " (" + page.url().replaceFirst("https?://[^/]+", "") + ", " + language + ")", language);
    }

    /** Fails with every problem found, after all pages were visited. */
    void assertClean() {
        if (!minor.isEmpty()) {
            log.info(
                    "moderate and minor axe-core findings in {} ({} pages and states):\n  {}",
                    language,
                    checked,
                    String.join("\n  ", minor));
        }
        assertThat(failures)
                .as(
                        "accessibility problems on %d pages and states in %s:\n%s",
                        checked, language, String.join("\n", failures))
                .isEmpty();
    }

    private void skipLinkFirst(String where) {
        page.keyboard().press("Tab");
        String focused = PageChecks.focused(page);
        if (!focused.startsWith("a.skip-link")) {
            failures.add(where + ": the first tab stop is " + focused + ", not the skip link");
            return;
        }
        PageChecks.Focus focus = PageChecks.focus(page);
        if (!focus.sufficient()) {
            failures.add(where + ": the skip link's focus is not visible enough: " + focus);
        }
        if (!page.locator("a.skip-link").isVisible()
                || page.locator("a.skip-link").boundingBox().x < 0) {
            failures.add(where + ": the focused skip link is not shown on screen");
        }
        // Back to the start, so that axe sees the page as it was loaded.
        page.evaluate("() => document.activeElement && document.activeElement.blur()");
    }

    private void check(String where, @Nullable String htmlLang) {
        checked++;
        if (htmlLang != null) {
            String lang = page.locator("html").getAttribute("lang");
            if (!htmlLang.equals(lang)) {
                failures.add(where + ": <html lang=\"" + lang + "\"> instead of \"" + htmlLang + "\"");
            }
        }
        List<Axe.Violation> violations = Axe.check(page);
        List<Axe.Violation> blocking = violations.stream()
                .filter(v -> Axe.BLOCKING.contains(v.impact()))
                .toList();
        if (!blocking.isEmpty()) {
            failures.add(Axe.format(where, blocking));
        }
        violations.stream()
                .filter(v -> !Axe.BLOCKING.contains(v.impact()))
                .forEach(v -> v.targets()
                        .forEach(t -> minor.add(v.id() + " (" + v.impact() + ") on " + t.replaceAll(" — .*", ""))));
        PageChecks.headingOrder(page).forEach(p -> failures.add(where + ": heading order: " + p));
        PageChecks.landmarks(page).forEach(p -> failures.add(where + ": landmarks: " + p));
        PageChecks.reflow(page).forEach(p -> failures.add(where + ": at 320 px: " + p));
    }
}
