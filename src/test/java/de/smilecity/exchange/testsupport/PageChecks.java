package de.smilecity.exchange.testsupport;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What axe-core does not check, or checks only in part, asked of the page in the browser: heading
 * order, landmarks, a skip link as the first stop, reflow at 320 CSS px, and a visible focus
 * indicator of sufficient contrast. Each method returns the problems as sentences; empty means fine.
 */
public final class PageChecks {

    /** 320 × 640 CSS px: 1280 px at 400 % zoom (WCAG 1.4.10 Reflow). */
    public static final int NARROW_WIDTH = 320;

    public static final int NARROW_HEIGHT = 640;

    /** WCAG 1.4.11: a focus indicator needs 3:1 against what surrounds it. */
    public static final double NON_TEXT_CONTRAST = 3.0;

    // Shared by the scripts below: visibility, a short description of an element, WCAG luminance and
    // contrast of CSS colours composed over the page's white background.
    private static final String LIB = """
            const visible = el => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length)
                && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden=true],[hidden]');
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            const rgba = text => { const m = /rgba?\\(([^)]+)\\)/.exec(text || ''); if (!m) return null;
                const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
            const over = (c, bg) => ({r: c.r * c.a + bg.r * (1 - c.a), g: c.g * c.a + bg.g * (1 - c.a), b: c.b * c.a + bg.b * (1 - c.a), a: 1});
            const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
            const contrast = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
            const WHITE = {r: 255, g: 255, b: 255, a: 1};
            """;

    private static final String HEADINGS = "() => {" + LIB + """
            const problems = [];
            const level = h => h.getAttribute('role') === 'heading' ? +(h.getAttribute('aria-level') || 2) : +h.tagName[1];
            const all = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role=heading]')].filter(visible);
            const dialogs = all.filter(h => h.closest('vaadin-dialog,vaadin-confirm-dialog,vaadin-dialog-overlay,[role=dialog],[role=alertdialog]'));
            const pageHeadings = all.filter(h => !dialogs.includes(h));
            const walk = (list, start, where) => { let previous = start;
              list.forEach(h => { const l = level(h);
                if (l > previous + 1) problems.push(where + ': <' + describe(h) + '> "' + h.textContent.trim().slice(0, 60)
                    + '" is level ' + l + ' after level ' + previous + ', skipping ' + (l - previous - 1));
                previous = l; }); };
            const ones = pageHeadings.filter(h => level(h) === 1);
            if (ones.length !== 1) problems.push('page: ' + ones.length + ' headings of level 1 instead of one: '
                + ones.map(h => '"' + h.textContent.trim().slice(0, 40) + '"').join(', '));
            if (pageHeadings.length && level(pageHeadings[0]) !== 1) problems.push('page: the first heading is level '
                + level(pageHeadings[0]) + ', not 1');
            walk(pageHeadings, 1, 'page');
            walk(dialogs, 1, 'dialog');
            return problems;
            }""";

    private static final String LANDMARKS = "() => {" + LIB + """
            const problems = [];
            const mains = [...document.querySelectorAll('main,[role=main]')].filter(visible);
            if (mains.length !== 1) problems.push(mains.length + ' main landmarks instead of one');
            if (document.querySelector('vaadin-app-layout')) {
              if (![...document.querySelectorAll('header,[role=banner]')].some(h => !h.closest('main,[role=main],article,section')))
                problems.push('no banner landmark (<header> outside the main content)');
              if (!document.querySelector('nav,[role=navigation]')) problems.push('no navigation landmark');
            }
            if (!document.title.trim()) problems.push('the page has no <title>');
            return problems;
            }""";

    private static final String REFLOW = "() => {" + LIB + """
            const root = document.scrollingElement;
            const width = root.clientWidth;
            const problems = [];
            const main = document.querySelector('main,[role=main]');
            const scrollers = [root].concat(main ? [main] : []);
            scrollers.forEach(s => { if (s.scrollWidth > s.clientWidth + 1) problems.push(describe(s) + ' scrolls sideways: '
                + s.scrollWidth + ' px of content in ' + s.clientWidth + ' px'); });
            if (problems.length) {
              const wide = [...document.querySelectorAll('body *')].filter(visible)
                .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('vaadin-grid,.table-scroll'))
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1));
              wide.slice(0, 6).forEach(e => problems.push('  too wide: ' + describe(e) + ' reaches to '
                + Math.round(e.getBoundingClientRect().right) + ' px'));
            }
            return problems;
            }""";

    private static final String FOCUS = "() => {" + LIB + """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
            if (!el || el === document.body) return {ok: false, element: 'body', how: 'nothing has focus'};
            const chain = []; let c = el;
            for (let i = 0; c && i < 4; i++) { chain.push(c); c = c.parentElement || (c.getRootNode() && c.getRootNode().host); }
            const hosts = chain.filter(x => x.tagName.includes('-'));
            const parts = [];
            hosts.forEach(h => h.shadowRoot && h.shadowRoot.querySelectorAll('[part~=input-field],[part~=checkbox],[part~=content],[part~=link]')
                .forEach(p => parts.push(p)));
            const ringed = hosts.some(h => h.hasAttribute('focus-ring')) || el.matches(':focus-visible');
            for (const x of chain.concat(parts)) {
              const s = getComputedStyle(x);
              // A Vaadin component draws its ring only while it carries focus-ring; before that a
              // box-shadow may be its border.
              const vaadin = x.getRootNode() !== document || x.tagName.includes('-');
              if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) {
                const colour = rgba(s.outlineColor);
                return {ok: true, element: describe(el), how: 'outline ' + s.outlineWidth + ' ' + s.outlineColor,
                  contrast: colour ? contrast(over(colour, WHITE), WHITE) : 0};
              }
              // Grid cells draw their ring on a ::before layer.
              for (const style of [s, getComputedStyle(x, '::before')]) {
                if (style.boxShadow && style.boxShadow !== 'none' && (!vaadin || ringed || style !== s)) {
                  const colours = (style.boxShadow.match(/rgba?\\([^)]+\\)/g) || []).map(rgba).filter(Boolean);
                  const best = Math.max(0, ...colours.map(k => contrast(over(k, WHITE), WHITE)));
                  if (best > 1.01) return {ok: true, element: describe(el), how: 'box-shadow ' + style.boxShadow, contrast: best};
                }
              }
            }
            return {ok: false, element: describe(el), how: 'no outline and no box-shadow'};
            }""";

    private PageChecks() {}

    /** Headings in order: one level-1 heading first, no level skipped; a dialog's counted on their own. */
    public static List<String> headingOrder(Page page) {
        return strings(page.evaluate(HEADINGS));
    }

    /** One main landmark, and a banner and a navigation where the shell is shown; a page title. */
    public static List<String> landmarks(Page page) {
        return strings(page.evaluate(LANDMARKS));
    }

    /**
     * Shrinks the viewport to 320 × 640, asks whether anything scrolls sideways, and restores the
     * size the test had. Data grids and tables that scroll in their own box are allowed by 1.4.10.
     */
    public static List<String> reflow(Page page) {
        var before = page.viewportSize();
        page.setViewportSize(NARROW_WIDTH, NARROW_HEIGHT);
        try {
            // Let layouts that measure themselves (app layout, form layout) settle at the new width.
            page.waitForTimeout(400);
            return strings(page.evaluate(REFLOW));
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }

    /** How the focused element shows its focus, or why it does not. */
    public record Focus(boolean visible, String element, String how, double contrast) {

        /** A ring is drawn, and its colour stands out 3:1 from the white page. */
        public boolean sufficient() {
            return visible && contrast >= NON_TEXT_CONTRAST;
        }

        @Override
        public String toString() {
            return element + ": " + how + (visible ? String.format(" (contrast %.2f:1)", contrast) : "");
        }
    }

    /** The focus indicator of the element that has focus now, looked for into shadow roots. */
    public static Focus focus(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> raw = (Map<String, Object>) page.evaluate(FOCUS);
        Object contrast = raw.get("contrast");
        return new Focus(
                Boolean.TRUE.equals(raw.get("ok")),
                String.valueOf(raw.get("element")),
                String.valueOf(raw.get("how")),
                contrast instanceof Number n ? n.doubleValue() : 0);
    }

    /** The element that has focus, as {@code tag#id.class}, looked for into shadow roots. */
    public static String focused(Page page) {
        return (String) page.evaluate("() => {" + LIB
                + "let el = document.activeElement; while (el && el.shadowRoot && el.shadowRoot.activeElement)"
                + " el = el.shadowRoot.activeElement; return el ? describe(el) : 'nothing'; }");
    }

    /** The WCAG contrast of two CSS colours, the first composed over the second. */
    public static double contrast(Page page, String foreground, String background) {
        return ((Number) page.evaluate(
                        "([f, b]) => {" + LIB + "return contrast(over(rgba(f), rgba(b)), rgba(b)); }",
                        List.of(foreground, background)))
                .doubleValue();
    }

    private static List<String> strings(Object raw) {
        List<String> result = new ArrayList<>();
        if (raw instanceof List<?> list) list.forEach(o -> result.add(String.valueOf(o)));
        return result;
    }
}
