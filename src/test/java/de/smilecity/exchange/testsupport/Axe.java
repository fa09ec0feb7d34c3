package de.smilecity.exchange.testsupport;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs axe-core (Deque's script on the test classpath) in a Playwright page against the WCAG 2.0 and 2.1
 * levels A and AA, the rules BITV 2.0 refers to.
 */
public final class Axe {

    /** The axe tags for WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Impacts that fail a page; moderate and minor findings are listed in the docs instead. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    // axe tags label-content-name-mismatch "experimental" and leaves it off by default, but WCAG 2.1
    // A requires it (2.5.3 Label in Name): a speech user says what they see. "region" (content outside
    // landmarks) is tagged best-practice only; it is reported (as moderate) because WCAG 1.3.1 and
    // 2.4.1 rest on landmarks in practice.
    private static final String RUN = """
            async tags => {
              const result = await axe.run(document, {
                runOnly: {type: 'tag', values: tags},
                rules: {'label-content-name-mismatch': {enabled: true}, 'region': {enabled: true}},
                resultTypes: ['violations']
              });
              return result.violations.map(v => ({
                id: v.id, impact: v.impact || 'unknown', help: v.help,
                targets: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').trim())
              }));
            }""";

    // Deque's Playwright artifact keeps the script at the root of its jar.
    private static final String SCRIPT = "axe.min.js";

    private static String script;

    private Axe() {}

    /** One rule broken on the page: the nodes it is broken on, each with axe's summary of why. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** Injects axe-core into the page (if not yet there) and returns the WCAG A/AA violations. */
    public static List<Violation> check(Page page) {
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(script()));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate(RUN, WCAG_A_AA);
        return raw.stream()
                .map(v -> new Violation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        ((List<?>) v.get("targets"))
                                .stream().map(String::valueOf).toList()))
                .toList();
    }

    /** The violations as a readable list, one rule per paragraph, each page named. */
    public static String format(String pageName, List<Violation> violations) {
        StringBuilder text = new StringBuilder(pageName).append(":");
        violations.forEach(v -> text.append("\n  - ").append(v));
        return text.toString();
    }

    private static synchronized String script() {
        if (script == null) {
            script = resource(SCRIPT);
        }
        return script;
    }

    private static String resource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("axe-core not on the test classpath: no " + path
                    + "; the com.deque.html.axe-core:playwright test dependency is missing");
        }
        return in;
    }
}
