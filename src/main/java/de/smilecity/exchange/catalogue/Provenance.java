package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where an entry came from, so that an import can be traced and refreshed, and its licence. */
@Embeddable
public class Provenance {

    /** Metadata of the catalogue is open data under this licence unless an entry says otherwise. */
    public static final String DEFAULT_LICENCE = "CC-BY-4.0";

    public static final int LICENCE_MAX_LENGTH = 40;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private Origin origin = Origin.MANUAL;

    @Size(max = Link.URL_MAX_LENGTH, message = "{text.size}")
    @Column(name = "source_url", length = Link.URL_MAX_LENGTH)
    private @Nullable String sourceUrl;

    @Column(name = "fetched_at")
    private @Nullable Instant fetchedAt;

    /** SHA-256 of the imported content, hex. */
    @Column(name = "content_hash", length = 64)
    private @Nullable String contentHash;

    /** The partner source of a crawl import; an id only, because the crawler builds on the catalogue. */
    @Column(name = "partner_source_id")
    private @Nullable Long partnerSourceId;

    @NotBlank
    @Size(max = LICENCE_MAX_LENGTH, message = "{text.size}")
    @Column(name = "licence", nullable = false, length = LICENCE_MAX_LENGTH)
    private String licence = DEFAULT_LICENCE;

    public Provenance() {}

    public Provenance(Origin origin) {
        this.origin = origin;
    }

    /** An equal provenance of its own, for another entry. */
    public Provenance copy() {
        Provenance copy = new Provenance(origin);
        copy.sourceUrl = sourceUrl;
        copy.fetchedAt = fetchedAt;
        copy.contentHash = contentHash;
        copy.partnerSourceId = partnerSourceId;
        copy.licence = licence;
        return copy;
    }

    public Origin getOrigin() {
        return origin;
    }

    public void setOrigin(Origin origin) {
        this.origin = origin;
    }

    public @Nullable String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(@Nullable String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public @Nullable Instant getFetchedAt() {
        return fetchedAt;
    }

    public void setFetchedAt(@Nullable Instant fetchedAt) {
        this.fetchedAt = fetchedAt;
    }

    public @Nullable String getContentHash() {
        return contentHash;
    }

    public void setContentHash(@Nullable String contentHash) {
        this.contentHash = contentHash;
    }

    public @Nullable Long getPartnerSourceId() {
        return partnerSourceId;
    }

    public void setPartnerSourceId(@Nullable Long partnerSourceId) {
        this.partnerSourceId = partnerSourceId;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }
}
