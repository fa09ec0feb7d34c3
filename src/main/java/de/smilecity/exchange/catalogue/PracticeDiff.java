package de.smilecity.exchange.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Two versions of an entry side by side, field by field: what a reviewer sees of a new version
 * against the published one, and what the history shows between any two versions. Every field a
 * person edits is rendered as plain text first, so that lists and taxonomies compare like words.
 */
public final class PracticeDiff {

    /**
     * The fields in the order of the detail page, the text sections where the page has them; the
     * names are the suffixes of their labels' translation keys ({@code diff.field.<name>}).
     */
    public static final List<String> FIELDS = Stream.of(
                    Stream.of(
                            "title",
                            "summary",
                            "kind",
                            "language",
                            "organisation",
                            "phase",
                            "period",
                            "discontinuedReason",
                            "lastVerifiedOn",
                            "innovationFields",
                            "pillars",
                            "sdgs",
                            "targetGroups",
                            "technologies",
                            "keywords"),
                    Arrays.stream(TextSection.values()).map(TextSection::property),
                    Stream.of(
                            "processSteps",
                            "costs",
                            "contacts",
                            "indicators",
                            "links",
                            "adaptationScope",
                            "adaptationTechnology",
                            "adaptationGovernance",
                            "adaptationBudget",
                            "adaptationNotes",
                            "featured"))
            .flatMap(names -> names)
            .toList();

    /** One field in both versions. */
    public record Change(String field, String before, String after) {}

    private PracticeDiff() {}

    /**
     * The text of every field of an entry, every contact included (for the people who work on it);
     * taxonomy labels in the given language. Call within the transaction that loaded the entry
     * (collections are read).
     */
    public static Map<String, String> text(Practice p, Locale locale) {
        return text(p, p.getContacts(), locale);
    }

    /**
     * @param contacts the contacts to show, as the reader's {@link Audience} allows
     */
    static Map<String, String> text(Practice p, List<Contact> contacts, Locale locale) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("title", p.getTitle());
        text.put("summary", p.getSummary());
        text.put("kind", p.getKind().name());
        text.put("language", p.getLanguage());
        text.put(
                "organisation",
                p.getOrganisation() == null ? "" : p.getOrganisation().getName());
        text.put("phase", p.getPhase().name());
        text.put(
                "period",
                p.getStartYear() == null && p.getEndYear() == null
                        ? ""
                        : orEmpty(p.getStartYear()) + " – " + orEmpty(p.getEndYear()));
        text.put("discontinuedReason", orEmpty(p.getDiscontinuedReason()));
        text.put("lastVerifiedOn", orEmpty(p.getLastVerifiedOn()));
        text.put("innovationFields", labels(p.getInnovationFields(), locale));
        text.put("pillars", labels(p.getPillars(), locale));
        text.put("sdgs", labels(p.getSdgs(), locale));
        text.put("targetGroups", labels(p.getTargetGroups(), locale));
        text.put("technologies", String.join(", ", p.getTechnologies()));
        text.put("keywords", String.join(", ", p.getKeywords()));
        for (TextSection section : TextSection.values()) {
            text.put(section.property(), section.of(p));
        }
        text.put(
                "processSteps",
                lines(p.getProcessSteps().stream()
                        .map(s -> s.getTitle() + (s.getDescription().isBlank() ? "" : ": " + s.getDescription()))
                        .toList()));
        Costs costs = p.getCosts();
        text.put(
                "costs",
                join(
                        " ",
                        amount(costs.getAmount()),
                        costs.getCurrency(),
                        costs.getFundingProgramme() == null ? null : "(" + costs.getFundingProgramme() + ")"));
        text.put(
                "contacts",
                lines(contacts.stream()
                        .map(c -> join(", ", c.getName(), c.getRole(), c.getOrganisation(), c.getEmail(), c.getPhone()))
                        .toList()));
        text.put(
                "indicators",
                lines(p.getIndicators().stream()
                        .map(i -> i.getName() + ": "
                                + join(" / ", amount(i.getBaseline()), amount(i.getTarget()), amount(i.getValue()))
                                + (i.getUnit() == null ? "" : " " + i.getUnit())
                                + (i.getMeasuredOn() == null ? "" : " (" + i.getMeasuredOn() + ")"))
                        .toList()));
        text.put(
                "links",
                lines(p.getLinks().stream()
                        .map(l -> l.getTitle() + " <" + l.getUrl() + "> "
                                + l.getType().name())
                        .toList()));
        text.put("adaptationScope", p.getAdaptationChanges().getScope());
        text.put("adaptationTechnology", p.getAdaptationChanges().getTechnology());
        text.put("adaptationGovernance", p.getAdaptationChanges().getGovernance());
        text.put("adaptationBudget", p.getAdaptationChanges().getBudget());
        text.put("adaptationNotes", p.getAdaptationNotes());
        text.put("featured", p.isFeatured() ? "✓" : "");
        return text;
    }

    /** The fields whose text differs, in the order of {@link #FIELDS}. */
    public static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        for (String field : FIELDS) {
            String a = before.getOrDefault(field, "");
            String b = after.getOrDefault(field, "");
            if (!a.equals(b)) {
                changes.add(new Change(field, a, b));
            }
        }
        return changes;
    }

    /** Every field of both versions, changed or not, for a full side-by-side view. */
    public static List<Change> all(Map<String, String> before, Map<String, String> after) {
        return FIELDS.stream()
                .map(f -> new Change(f, before.getOrDefault(f, ""), after.getOrDefault(f, "")))
                .filter(c -> !c.before().isEmpty() || !c.after().isEmpty())
                .toList();
    }

    private static String labels(Collection<Concept> concepts, Locale locale) {
        return concepts.stream()
                .sorted(java.util.Comparator.comparingInt(Concept::getPosition))
                .map(c -> c.label(locale))
                .collect(Collectors.joining(", "));
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static String join(String separator, @Nullable String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
    }

    private static @Nullable String amount(@Nullable BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
