package de.smilecity.exchange.crawl.internal.parse;

/** Fits texts from other sites into our limits: cut at a word boundary near the limit, with "…". */
public final class TextCut {

    private TextCut() {}

    public static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int space = text.lastIndexOf(' ', max - 1);
        int end = space > max * 2 / 3 ? space : max - 1;
        return text.substring(0, end).stripTrailing() + "…";
    }
}
