package de.smilecity.exchange.crawl;

import org.jspecify.annotations.Nullable;

/** Fitting texts from other sites into our columns without failing on a long one. */
final class Texts {

    private Texts() {}

    /** The text cut to at most {@code max} characters, at a word boundary where one is near, with "…". */
    static @Nullable String cut(@Nullable String text, int max) {
        return text == null ? null : cutRequired(text, max);
    }

    static String cutRequired(String text, int max) {
        if (text.length() <= max) return text;
        int space = text.lastIndexOf(' ', max - 1);
        int end = space > max * 2 / 3 ? space : max - 1;
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** The text stripped, or null when it is blank: an emptied field of an optional value. */
    static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
