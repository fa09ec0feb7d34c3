package de.smilecity.exchange.catalogue.api;

import de.smilecity.exchange.catalogue.Practice;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.springframework.util.DigestUtils;

/**
 * The {@code ETag} of one entry in the API: {@code "<id>.<version>-<hash>"}. The entry's id and
 * version decide {@code If-Match} on writes, so that a client sends back the tag it read and the
 * write goes through only if nobody changed the entry since. The hash of the answer keeps
 * {@code If-None-Match} honest for what the entry's version does not cover (its organisation's name,
 * the members-only contacts a signed-in caller sees). A tag without the hash is understood, too.
 */
public final class PracticeETag {

    private PracticeETag() {}

    /** An entry's id and version, as a tag names them. */
    public record Version(long id, long version) {

        /** The tag without the hash, for messages. */
        @Override
        public String toString() {
            return "\"" + id + "." + version + "\"";
        }
    }

    /** The tag of an answer about the entry. */
    public static String of(Practice practice, byte[] answer) {
        String hash = HexFormat.of().formatHex(DigestUtils.md5Digest(answer)).substring(0, 12);
        return "\"" + Objects.requireNonNull(practice.getId()) + "." + practice.getVersion() + "-" + hash + "\"";
    }

    public static Version versionOf(Practice practice) {
        return new Version(Objects.requireNonNull(practice.getId()), practice.getVersion());
    }

    /**
     * Whether an {@code If-Match} header holds for the entry at this id and version: {@code *}, or
     * one of the listed strong tags names them. Weak tags ({@code W/"…"}) never match, as RFC 9110
     * asks of {@code If-Match}.
     */
    public static boolean matches(String ifMatch, Version current) {
        return Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag ->
                        tag.equals("*") || parse(tag).filter(current::equals).isPresent());
    }

    /** The id and version a tag names, if it is one of ours. */
    public static Optional<Version> parse(String tag) {
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) return Optional.empty();
        String inner = tag.substring(1, tag.length() - 1);
        int dash = inner.indexOf('-');
        String idAndVersion = dash < 0 ? inner : inner.substring(0, dash);
        int dot = idAndVersion.indexOf('.');
        if (dot < 1 || dot == idAndVersion.length() - 1) return Optional.empty();
        try {
            return Optional.of(new Version(
                    Long.parseLong(idAndVersion.substring(0, dot)), Long.parseLong(idAndVersion.substring(dot + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
