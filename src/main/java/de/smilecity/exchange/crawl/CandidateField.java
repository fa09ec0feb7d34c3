package de.smilecity.exchange.crawl;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.TextSection;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fields a candidate brings to an entry, in the order the review's diff shows them. Each knows
 * its name (in the diff and in the fields an editor takes), the translation key of its label, how
 * the candidate's and the entry's value read for the diff, and how the candidate's value goes into
 * the entry. A text section of the entry is declared by its {@link TextSection}.
 */
public enum CandidateField {
    TITLE(
            "title",
            "crawl.field.title",
            ImportCandidate::getTitle,
            Practice::getTitle,
            (c, p, r) -> p.setTitle(c.getTitle())),
    SUMMARY(
            "summary",
            "crawl.field.summary",
            ImportCandidate::getSummary,
            Practice::getSummary,
            (c, p, r) -> p.setSummary(c.getSummary())),
    DESCRIPTION(TextSection.DESCRIPTION, "crawl.field.description", ImportCandidate::getDescription),
    ORGANISATION(
            "organisation",
            "crawl.field.organisation",
            c -> c.getOrganisation() == null ? "" : c.getOrganisation(),
            p -> p.owner().getName(),
            (c, p, r) -> p.setOrganisation(r.organisation(c))),
    PHASE(
            "phase",
            "crawl.field.phase",
            c -> c.getPhase() == null ? "" : c.getPhase().name(),
            p -> p.getPhase().name(),
            CandidateField::takePhase),
    INNOVATION_FIELDS(
            "innovationFields",
            "crawl.field.innovationFields",
            c -> String.join(", ", c.getInnovationFields()),
            p -> p.getInnovationFields().stream().map(Concept::getCode).collect(Collectors.joining(", ")),
            (c, p, r) -> p.setInnovationFields(r.innovationFields(c.getInnovationFields()))),
    KEYWORDS(
            "keywords",
            "crawl.field.keywords",
            c -> String.join(", ", keywords(c)),
            p -> String.join(", ", p.getKeywords()),
            (c, p, r) -> p.setKeywords(keywords(c))),
    CONTACT(
            "contact",
            "crawl.field.contact",
            c -> contact(c).map(CandidateField::contactText).orElse(""),
            p -> p.getContacts().isEmpty() ? "" : contactText(p.getContacts().getFirst()),
            (c, p, r) -> p.setContacts(contact(c).map(List::of).orElse(List.of()))),
    COSTS(
            "costs",
            "crawl.field.costs",
            c -> costsText(c.getCostAmount(), c.getCostCurrency(), c.getFunding()),
            p -> costsText(
                    p.getCosts().getAmount(),
                    p.getCosts().getCurrency(),
                    p.getCosts().getFundingProgramme()),
            CandidateField::takeCosts),
    PERIOD(
            "period",
            "crawl.field.period",
            c -> periodText(c.getStartYear(), c.getEndYear()),
            p -> periodText(p.getStartYear(), p.getEndYear()),
            CandidateField::takePeriod);

    /** What taking a field into an entry needs from the catalogue. */
    interface Resolver {

        /** The organisation the candidate names, found or created. */
        Organisation organisation(ImportCandidate candidate);

        /** The concepts of the innovation-field codes; unknown codes are left out. */
        Set<Concept> innovationFields(Collection<String> codes);
    }

    /** Takes a candidate's field into an entry. */
    @FunctionalInterface
    private interface Take {
        void into(ImportCandidate candidate, Practice entry, Resolver resolver);
    }

    private final String fieldName;
    private final String labelKey;
    private final Function<ImportCandidate, String> proposed;
    private final Function<Practice, String> current;
    private final Take take;

    CandidateField(
            String fieldName,
            String labelKey,
            Function<ImportCandidate, String> proposed,
            Function<Practice, String> current,
            Take take) {
        this.fieldName = fieldName;
        this.labelKey = labelKey;
        this.proposed = proposed;
        this.current = current;
        this.take = take;
    }

    /** A text section the candidate fills as it is: named like the section, read and written through it. */
    CandidateField(TextSection section, String labelKey, Function<ImportCandidate, String> proposed) {
        this(section.property(), labelKey, proposed, section::of, (c, p, r) -> section.set(p, proposed.apply(c)));
    }

    /** The name in the diff and in the fields to take, e.g. {@code innovationFields}. */
    public String fieldName() {
        return fieldName;
    }

    /** The translation key of the field's label, e.g. {@code crawl.field.innovationFields}. */
    public String labelKey() {
        return labelKey;
    }

    /** The candidate's value as the diff shows it; empty, never null, when it has none. */
    String proposed(ImportCandidate candidate) {
        return proposed.apply(candidate);
    }

    /** The entry's value as the diff shows it, comparable with {@link #proposed}. */
    String current(Practice entry) {
        return current.apply(entry);
    }

    /** Sets the entry's field to the candidate's value. */
    void takeInto(ImportCandidate candidate, Practice entry, Resolver resolver) {
        take.into(candidate, entry, resolver);
    }

    public static Optional<CandidateField> byName(String fieldName) {
        return Arrays.stream(values())
                .filter(f -> f.fieldName.equals(fieldName))
                .findFirst();
    }

    /** Costs and funding as the diff shows them, e.g. "1180000.00 EUR · Sofortprogramm"; empty for none. */
    private static String costsText(@Nullable BigDecimal amount, @Nullable String currency, @Nullable String funding) {
        List<String> parts = new java.util.ArrayList<>();
        if (amount != null) parts.add(amount.toPlainString() + (currency == null ? "" : " " + currency));
        if (funding != null && !funding.isBlank()) parts.add(funding);
        return String.join(" · ", parts);
    }

    /** A page that states no costs or funding leaves the entry's. */
    private static void takeCosts(ImportCandidate c, Practice p, Resolver r) {
        if (c.getCostAmount() == null && c.getFunding() == null) return;
        Costs current = p.getCosts();
        p.setCosts(new Costs(
                c.getCostAmount() == null ? current.getAmount() : c.getCostAmount(),
                c.getCostAmount() == null ? current.getCurrency() : c.getCostCurrency(),
                c.getFunding() == null ? current.getFundingProgramme() : c.getFunding()));
    }

    private static String periodText(@Nullable Integer start, @Nullable Integer end) {
        if (start == null && end == null) return "";
        return (start == null ? "" : start) + "–" + (end == null ? "" : end);
    }

    /** A page that states no period leaves the entry's years. */
    private static void takePeriod(ImportCandidate c, Practice p, Resolver r) {
        if (c.getStartYear() == null && c.getEndYear() == null) return;
        p.setStartYear(c.getStartYear());
        p.setEndYear(c.getEndYear());
    }

    /** A page that names no phase leaves the entry's; only a discontinued practice keeps a reason. */
    private static void takePhase(ImportCandidate c, Practice p, Resolver resolver) {
        if (c.getPhase() != null) p.setPhase(c.getPhase());
        p.setDiscontinuedReason(c.getPhase() == Phase.DISCONTINUED ? c.getDiscontinuedReason() : null);
    }

    /** The keywords an entry gets: the page's keywords, then its unknown labels (for editors to map). */
    private static List<String> keywords(ImportCandidate c) {
        Set<String> all = new LinkedHashSet<>(c.getKeywords());
        all.addAll(c.getUnknownLabels());
        return all.stream()
                .map(k -> Texts.cutRequired(k, Practice.TAG_MAX_LENGTH))
                .distinct()
                .limit(Practice.MAX_TAGS)
                .toList();
    }

    /** "Verkehrsplanung, Stadt Auenbrunn" → role "Verkehrsplanung", organisation "Stadt Auenbrunn". */
    private static Optional<Contact> contact(ImportCandidate c) {
        String text = c.getContact();
        if (text == null || text.isBlank()) return Optional.empty();
        int comma = text.indexOf(',');
        String role = comma < 0 ? text : text.substring(0, comma);
        String org = comma < 0 ? null : Texts.blankToNull(text.substring(comma + 1));
        return Optional.of(new Contact(
                null,
                Texts.cutRequired(role.strip(), Contact.ROLE_MAX_LENGTH),
                org == null ? null : Texts.cutRequired(org, Organisation.NAME_MAX_LENGTH),
                null,
                null,
                true));
    }

    private static String contactText(Contact contact) {
        return contact.getOrganisation() == null
                ? contact.getRole()
                : contact.getRole() + ", " + contact.getOrganisation();
    }
}
