package de.smilecity.exchange.crawl.internal.parse;

/**
 * The icons a page sets before a label or a value — an emoji ("📍 Saltmere", "👥 4,120 residents"), a
 * dingbat or a bullet drawn as a character ("✓ Umsetzung", "• 12 km²") — say nothing the words do not,
 * and a number or a label read with one in front is no longer recognised. They are dropped from the
 * start of a text before it is read; a currency sign, a bracket or a quotation mark is no icon and stays.
 */
final class Pictographs {

    /** Characters drawn as bullets that Unicode files as punctuation or maths, not as symbols. */
    private static final String BULLETS = "•·▪▫‣⁃∙◦►▸▶»→⇒*";

    private Pictographs() {}

    /** The text without the icons, joiners and spaces it begins with. */
    static String stripLeading(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isIconPart(cp) && !Character.isWhitespace(cp) && cp != '\u00a0') break;
            i += Character.charCount(cp);
        }
        return i == 0 ? text : text.substring(i);
    }

    private static boolean isIconPart(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL // emoji, dingbats, arrows drawn as pictures
                || type == Character.FORMAT // zero-width joiner between the parts of one emoji
                || (type == Character.NON_SPACING_MARK && cp >= 0xFE00 && cp <= 0xFE0F) // emoji presentation
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || BULLETS.indexOf(cp) >= 0;
    }
}
