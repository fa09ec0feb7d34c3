package de.smilecity.exchange.opendata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The state of the published catalogue as far as a harvester needs it: how many entries and when
 * the last one changed. Publishing, archiving or editing any published entry changes one of the two,
 * so an export's ETag built from them changes whenever the export would.
 *
 * @param published number of published entries
 * @param lastModified the newest {@code updatedAt} of a published entry; the epoch for an empty catalogue
 */
public record CatalogueVersion(long published, Instant lastModified) {

    /**
     * A strong validator for one representation: the format and the filters (the query string) are
     * part of it, because the same catalogue exports differently in each.
     */
    public String etag(String representation, String query) {
        String key = representation + '\n' + query + '\n' + published + '\n' + lastModified.toEpochMilli();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
