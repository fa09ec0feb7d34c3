package de.smilecity.exchange.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A web page, report, dataset or video about an entry; {@link LinkType#SOURCE} marks where facts come from. */
@Embeddable
public class Link {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int URL_MAX_LENGTH = 500;
    /** Only web addresses: no javascript:, data: or file: links can be stored. */
    public static final String URL_PATTERN = "^https?://[^\\s]+$";

    @NotBlank(message = "{link.title.required}")
    @Size(max = TITLE_MAX_LENGTH, message = "{text.size}")
    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @NotBlank(message = "{link.url.required}")
    @Pattern(regexp = URL_PATTERN, message = "{link.url.invalid}")
    @Size(max = URL_MAX_LENGTH, message = "{text.size}")
    @Column(nullable = false, length = URL_MAX_LENGTH)
    private String url = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LinkType type = LinkType.WEBSITE;

    @Pattern(regexp = "^[a-z]{2}$")
    @Column(length = 2)
    private @Nullable String language;

    public Link() {}

    public Link(String title, String url, LinkType type, @Nullable String language) {
        this.title = title;
        this.url = url;
        this.type = type;
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LinkType getType() {
        return type;
    }

    public void setType(LinkType type) {
        this.type = type;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language = language;
    }
}
