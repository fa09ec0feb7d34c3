package de.smilecity.exchange.crawl.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The one block of a page's main content that carries most of its text, picked the way reading modes
 * pick an article: from the content region ({@link MainText}) down into the child that holds at least
 * {@value #BLOCK_SHARE_PERCENT} % of the text, as long as that child has {@value #MIN_BLOCK_CHARS}
 * characters or more; then, where the block is split by headings of one level, the section that holds
 * that share. An e-mail newsletter's web view has no {@code main} element and wraps the project it
 * repeats in a greeting, other short items and a subscription footer; its block is the project's text
 * alone. A project page's block is its article, or its longest part.
 *
 * <p>Copies are compared by this block ({@code crawl.NearDuplicates}): what surrounds a copied text
 * then no longer dilutes the share of it that stands in the original.
 */
final class MainBlock {

    /** Share of the text, in percent, a child must hold to be the block instead of its parent. */
    static final int BLOCK_SHARE_PERCENT = 50;

    /**
     * Fewest characters of a block: longer than a newsletter's note ({@link PageKind#MAX_DIGEST_SECTION}),
     * so that a short teaser is never all that two pages are compared by.
     */
    static final int MIN_BLOCK_CHARS = 400;

    private static final String HEADINGS = "h2, h3, h4";

    private MainBlock() {}

    /** The block's text; the whole region's text where no part of it holds enough. */
    static String of(Element region) {
        Element at = element(region);
        return largestSection(at).orElse(at.text());
    }

    /** The element the block is, or in which its section lies; the region itself where no child holds enough. */
    static Element element(Element region) {
        Element at = region;
        while (true) {
            Element largest = largestChild(at);
            if (largest == null || !enough(largest.text().length(), at.text().length())) return at;
            at = largest;
        }
    }

    private static @Nullable Element largestChild(Element parent) {
        Element largest = null;
        int most = -1;
        for (Element child : parent.children()) {
            int length = child.text().length();
            if (length > most) {
                most = length;
                largest = child;
            }
        }
        return largest;
    }

    private static boolean enough(int length, int total) {
        return length >= MIN_BLOCK_CHARS && length * 100 >= (long) total * BLOCK_SHARE_PERCENT;
    }

    /**
     * The section under one of the block's own headings (children of the block, all of the most
     * frequent level) that holds enough of its text: a newsletter written as one column of items.
     */
    private static Optional<String> largestSection(Element block) {
        String level = mostFrequentHeadingLevel(block);
        if (level == null) return Optional.empty();
        List<StringBuilder> sections = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        StringBuilder current = before;
        for (Element child : block.children()) {
            if (child.normalName().equals(level)) {
                current = new StringBuilder();
                sections.add(current);
            }
            current.append(child.text()).append(' ');
        }
        if (sections.size() < 2) return Optional.empty();
        int total = block.text().length();
        return sections.stream()
                .map(s -> s.toString().strip())
                .filter(s -> enough(s.length(), total))
                .findFirst();
    }

    private static @Nullable String mostFrequentHeadingLevel(Element block) {
        String level = null;
        int most = 0;
        for (String tag : HEADINGS.split(", ")) {
            int count = 0;
            for (Element child : block.children()) {
                if (child.normalName().equals(tag)) count++;
            }
            if (count > most) {
                most = count;
                level = tag;
            }
        }
        return level;
    }
}
