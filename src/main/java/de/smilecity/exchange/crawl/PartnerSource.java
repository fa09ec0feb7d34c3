package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Phase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A partner website the crawler imports project reports from: where to start, what to follow, how
 * politely, and how to read a page. Limits are constants here, shared by validation, form and API.
 */
@Entity
@Table(name = "partner_source")
@ValidPartnerSource
public class PartnerSource {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int URL_MAX_LENGTH = 500;
    public static final int MAX_PAGES_LIMIT = 10_000;
    public static final int MAX_DEPTH_LIMIT = 20;
    public static final int MAX_DELAY_MS = 60_000;
    public static final int MAX_LIST_SIZE = 50;
    public static final int DEFAULT_MAX_PAGES = 100;
    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_DELAY_MS = 1_000;
    /** Lists are stored in TEXT columns (65 535 bytes): room for MAX_LIST_SIZE URLs at four bytes a character. */
    static final int LIST_COLUMN_LENGTH = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @NotBlank
    @Size(max = NAME_MAX_LENGTH)
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "start_urls", nullable = false, length = LIST_COLUMN_LENGTH)
    private List<String> startUrls = new ArrayList<>();

    @Size(max = URL_MAX_LENGTH)
    @Column(name = "sitemap_url", length = URL_MAX_LENGTH)
    private @Nullable String sitemapUrl;

    /** Host names the crawl may visit; empty means the hosts of the start URLs and the sitemap. */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "allowed_hosts", nullable = false, length = LIST_COLUMN_LENGTH)
    private List<String> allowedHosts = new ArrayList<>();

    /**
     * Regular expressions on the URL path; a page is a candidate when one matches (or none is given).
     * A page that matches one is taken as a project page as it is; only when none is given does a
     * source without a title selector let the crawler judge each page by its own signals.
     */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "include_patterns", nullable = false, length = LIST_COLUMN_LENGTH)
    private List<String> include = new ArrayList<>();

    /** Regular expressions on the URL path; a matching page is never fetched. */
    @Lob
    @Convert(converter = Lines.class)
    @Column(name = "exclude_patterns", nullable = false, length = LIST_COLUMN_LENGTH)
    private List<String> exclude = new ArrayList<>();

    @Min(1)
    @Max(MAX_PAGES_LIMIT)
    @Column(name = "max_pages", nullable = false)
    private int maxPages = DEFAULT_MAX_PAGES;

    @Min(0)
    @Max(MAX_DEPTH_LIMIT)
    @Column(name = "max_depth", nullable = false)
    private int maxDepth = DEFAULT_MAX_DEPTH;

    /** Pause between two requests to one host, in milliseconds; robots.txt's Crawl-delay may raise it. */
    @Min(0)
    @Max(MAX_DELAY_MS)
    @Column(name = "delay_ms", nullable = false)
    private int delayMs = DEFAULT_DELAY_MS;

    /** Language of the partner's pages (de or en); empty means: as the page says, else German. */
    @Column(length = 2)
    private @Nullable String language;

    /** A Spring cron expression (six fields, e.g. {@code 0 0 3 * * MON}); empty means by hand only. */
    @Size(max = 120)
    @Column(length = 120)
    private @Nullable String schedule;

    @Embedded
    private ExtractionProfile fields = new ExtractionProfile();

    /** Label on the partner's pages → phase, e.g. "Pilotphase" → IMPLEMENTATION. */
    @Lob
    @Convert(converter = PhaseLabels.class)
    @Column(name = "phase_labels", nullable = false, length = LIST_COLUMN_LENGTH)
    private Map<String, Phase> phaseLabels = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "last_run_state", length = 12)
    private @Nullable RunState lastRunState;

    @Column(name = "last_run_at")
    private @Nullable Instant lastRunAt;

    @Column(name = "last_scheduled_at")
    private @Nullable Instant lastScheduledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Version
    private long version;

    public PartnerSource() {}

    /** The hosts a crawl may visit: the allowed hosts, or else those of the start URLs and sitemap. */
    public Set<String> effectiveHosts() {
        Set<String> hosts = new LinkedHashSet<>();
        if (!allowedHosts.isEmpty()) {
            allowedHosts.forEach(h -> hosts.add(h.strip().toLowerCase(Locale.ROOT)));
            return hosts;
        }
        List<String> urls = new ArrayList<>(startUrls);
        if (sitemapUrl != null) urls.add(sitemapUrl);
        for (String url : urls) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) hosts.add(host.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // Validation reports the URL itself; a broken one adds no host.
            }
        }
        return hosts;
    }

    public boolean lastRunFailed() {
        return lastRunState == RunState.FAILED || lastRunState == RunState.INTERRUPTED;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getStartUrls() {
        return startUrls;
    }

    public void setStartUrls(List<String> startUrls) {
        this.startUrls = new ArrayList<>(startUrls);
    }

    public @Nullable String getSitemapUrl() {
        return sitemapUrl;
    }

    public void setSitemapUrl(@Nullable String sitemapUrl) {
        this.sitemapUrl = sitemapUrl == null || sitemapUrl.isBlank() ? null : sitemapUrl.strip();
    }

    public List<String> getAllowedHosts() {
        return allowedHosts;
    }

    public void setAllowedHosts(List<String> allowedHosts) {
        this.allowedHosts = new ArrayList<>(allowedHosts);
    }

    public List<String> getInclude() {
        return include;
    }

    public void setInclude(List<String> include) {
        this.include = new ArrayList<>(include);
    }

    public List<String> getExclude() {
        return exclude;
    }

    public void setExclude(List<String> exclude) {
        this.exclude = new ArrayList<>(exclude);
    }

    public int getMaxPages() {
        return maxPages;
    }

    public void setMaxPages(int maxPages) {
        this.maxPages = maxPages;
    }

    public int getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    public int getDelayMs() {
        return delayMs;
    }

    public void setDelayMs(int delayMs) {
        this.delayMs = delayMs;
    }

    public @Nullable String getLanguage() {
        return language;
    }

    public void setLanguage(@Nullable String language) {
        this.language =
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    public @Nullable String getSchedule() {
        return schedule;
    }

    public void setSchedule(@Nullable String schedule) {
        this.schedule = schedule == null || schedule.isBlank() ? null : schedule.strip();
    }

    public ExtractionProfile getFields() {
        if (fields == null) fields = new ExtractionProfile();
        return fields;
    }

    public void setFields(ExtractionProfile fields) {
        this.fields = fields;
    }

    public Map<String, Phase> getPhaseLabels() {
        return phaseLabels;
    }

    public void setPhaseLabels(Map<String, Phase> phaseLabels) {
        this.phaseLabels = new LinkedHashMap<>(phaseLabels);
    }

    public @Nullable RunState getLastRunState() {
        return lastRunState;
    }

    void setLastRunState(@Nullable RunState lastRunState) {
        this.lastRunState = lastRunState;
    }

    public @Nullable Instant getLastRunAt() {
        return lastRunAt;
    }

    void setLastRunAt(@Nullable Instant lastRunAt) {
        this.lastRunAt = lastRunAt;
    }

    @Nullable
    Instant getLastScheduledAt() {
        return lastScheduledAt;
    }

    void setLastScheduledAt(@Nullable Instant lastScheduledAt) {
        this.lastScheduledAt = lastScheduledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Partner source '" + name + "'";
    }
}
