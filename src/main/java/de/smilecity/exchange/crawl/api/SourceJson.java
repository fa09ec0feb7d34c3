package de.smilecity.exchange.crawl.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.crawl.ExtractionProfile;
import de.smilecity.exchange.crawl.PartnerSource;
import de.smilecity.exchange.crawl.RunState;
import de.smilecity.exchange.shared.BadRequestException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A partner source as the API reads and writes it. On write, {@code id},
 * {@code lastRunState}, {@code lastRunFailed} and {@code warnings} are ignored; missing lists are
 * empty, missing limits take their defaults.
 *
 * @param localNetworkAllowed only read to refuse it: whether the crawler may reach the local network
 *     is the installation's setting now, and a script that still sends it must learn that its
 *     source did not get it (ignoring it would let the script believe it had turned it on or off)
 * @param fields field name → CSS selector (jsoup syntax)
 * @param phaseLabels label on the partner's pages → phase
 * @param warnings what a crawl would refuse (e.g. a loopback or private address)
 */
record SourceJson(
        @Nullable Long id,
        @Nullable String name,
        @Nullable List<String> startUrls,
        @Nullable String sitemapUrl,
        @Nullable List<String> allowedHosts,
        @Nullable List<String> include,
        @Nullable List<String> exclude,
        @Nullable Integer maxPages,
        @Nullable Integer maxDepth,
        @Nullable Integer delayMs,

        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) @Schema(hidden = true) @Nullable
        Object localNetworkAllowed,

        @Nullable Map<String, String> fields,
        @Nullable String language,
        @Nullable String schedule,
        @Nullable Map<String, String> phaseLabels,
        @Nullable RunState lastRunState,
        @Nullable Boolean lastRunFailed,
        @Nullable List<String> warnings) {

    static SourceJson of(PartnerSource s, List<String> warnings) {
        return new SourceJson(
                s.getId(),
                s.getName(),
                List.copyOf(s.getStartUrls()),
                s.getSitemapUrl(),
                List.copyOf(s.getAllowedHosts()),
                List.copyOf(s.getInclude()),
                List.copyOf(s.getExclude()),
                s.getMaxPages(),
                s.getMaxDepth(),
                s.getDelayMs(),
                null,
                s.getFields().asMap(),
                s.getLanguage(),
                s.getSchedule(),
                phaseNames(s.getPhaseLabels()),
                s.getLastRunState(),
                s.lastRunFailed(),
                warnings);
    }

    /** Copies this body onto a new or stored source. */
    PartnerSource applyTo(PartnerSource s) {
        if (localNetworkAllowed != null) {
            throw new BadRequestException(
                    "localNetworkAllowed",
                    "localNetworkAllowed is no longer a field of a source: whether the crawler may reach"
                            + " loopback and private addresses is a setting of the installation"
                            + " (smile.crawl.local-network-allowed, off in production); remove the field"
                            + " from the request");
        }
        s.setName(name == null ? "" : name.strip());
        s.setStartUrls(strip(startUrls));
        s.setSitemapUrl(sitemapUrl);
        s.setAllowedHosts(strip(allowedHosts));
        s.setInclude(include == null ? List.of() : include);
        s.setExclude(exclude == null ? List.of() : exclude);
        s.setMaxPages(maxPages == null ? PartnerSource.DEFAULT_MAX_PAGES : maxPages);
        s.setMaxDepth(maxDepth == null ? PartnerSource.DEFAULT_MAX_DEPTH : maxDepth);
        s.setDelayMs(delayMs == null ? PartnerSource.DEFAULT_DELAY_MS : delayMs);
        s.setLanguage(language);
        s.setSchedule(schedule);
        ExtractionProfile profile = new ExtractionProfile();
        if (fields != null) {
            fields.forEach((field, selector) -> {
                if (!ExtractionProfile.FIELDS.contains(field)) {
                    throw new BadRequestException(
                            "fields." + field,
                            "unknown field '" + field + "'; known fields are "
                                    + String.join(", ", ExtractionProfile.FIELDS));
                }
                profile.set(field, selector);
            });
        }
        s.setFields(profile);
        s.setPhaseLabels(phases(phaseLabels));
        return s;
    }

    private static Map<String, String> phaseNames(Map<String, Phase> labels) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        labels.forEach((label, phase) -> names.put(label, phase.name()));
        return names;
    }

    /** Phase names in any case ("operation", "OPERATION"); an unknown one is named with the choices. */
    private static Map<String, Phase> phases(@Nullable Map<String, String> labels) {
        Map<String, Phase> phases = new java.util.LinkedHashMap<>();
        if (labels == null) return phases;
        labels.forEach((label, name) -> phases.put(
                label,
                java.util.Arrays.stream(Phase.values())
                        .filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
                        .findFirst()
                        .orElseThrow(() -> new BadRequestException(
                                "phaseLabels." + label,
                                "unknown phase '" + name + "' for label '" + label + "'; expected one of "
                                        + java.util.Arrays.toString(Phase.values())))));
        return phases;
    }

    private static List<String> strip(@Nullable List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }
}
