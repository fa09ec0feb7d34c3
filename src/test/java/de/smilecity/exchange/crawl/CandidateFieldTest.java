package de.smilecity.exchange.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.OrganisationKind;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How each field of a crawled page reads in the review and goes into an entry. */
class CandidateFieldTest {

    private static final Organisation AUENBRUNN =
            new Organisation("auenbrunn", "Stadt Auenbrunn", OrganisationKind.CITY, "DE");

    /** Looks organisations and concepts up without a catalogue. */
    private static final CandidateField.Resolver RESOLVER = new CandidateField.Resolver() {
        @Override
        public Organisation organisation(ImportCandidate candidate) {
            return AUENBRUNN;
        }

        @Override
        public Set<Concept> innovationFields(Collection<String> codes) {
            Set<Concept> concepts = new LinkedHashSet<>();
            for (String code : codes) {
                concepts.add(new Concept(ConceptScheme.INNOVATION_FIELD, code, code, code, 1));
            }
            return concepts;
        }
    };

    @Test
    void theNamesAreThoseOfTheApiInTheOrderOfTheDiff() {
        assertThat(Arrays.stream(CandidateField.values()).map(CandidateField::fieldName))
                .containsExactly(
                        "title",
                        "summary",
                        "description",
                        "organisation",
                        "phase",
                        "innovationFields",
                        "keywords",
                        "contact",
                        "costs",
                        "period");
        assertThat(CandidateField.byName("innovationFields")).contains(CandidateField.INNOVATION_FIELDS);
        assertThat(CandidateField.byName("challenge")).isEmpty();
    }

    @Test
    void takingEveryFieldMakesTheEntryReadLikeTheCandidate() {
        ImportCandidate c = candidate();
        Practice entry = new Practice();
        for (CandidateField field : CandidateField.values()) {
            field.takeInto(c, entry, RESOLVER);
        }
        for (CandidateField field : CandidateField.values()) {
            assertThat(field.current(entry)).as(field.fieldName()).isEqualTo(field.proposed(c));
        }
        assertThat(entry.getDescription()).isEqualTo("Eine **Beschreibung**.");
        assertThat(entry.getContacts())
                .singleElement()
                .extracting(Contact::getRole, Contact::getOrganisation)
                .containsExactly("Verkehrsplanung", "Stadt Auenbrunn");
        assertThat(entry.getKeywords()).containsExactly("Radverkehr", "Lastenrad");
        assertThat(entry.getDiscontinuedReason()).isEqualTo("Förderung lief aus");
        assertThat(entry.getCosts().getAmount()).isEqualByComparingTo("1180000");
        assertThat(entry.getCosts().getFundingProgramme()).isEqualTo("Sofortprogramm Saubere Luft");
        assertThat(entry.getStartYear()).isEqualTo(2020);
        assertThat(entry.getEndYear()).isEqualTo(2023);
    }

    @Test
    void aPageWithoutCostsOrPeriodKeepsTheEntrys() {
        ImportCandidate c = candidate();
        c.setCosts(null, null);
        c.setFunding(null);
        c.setPeriod(null, null);
        Practice entry = new Practice();
        entry.setCosts(new de.smilecity.exchange.catalogue.Costs(new java.math.BigDecimal("5000"), "EUR", "Land"));
        entry.setStartYear(2019);
        CandidateField.COSTS.takeInto(c, entry, RESOLVER);
        CandidateField.PERIOD.takeInto(c, entry, RESOLVER);
        assertThat(entry.getCosts().getAmount()).isEqualByComparingTo("5000");
        assertThat(entry.getStartYear()).isEqualTo(2019);
    }

    @Test
    void aPageWithoutPhaseKeepsTheEntrysAndNoReason() {
        ImportCandidate c = candidate();
        c.setPhase(null);
        Practice entry = new Practice();
        entry.setPhase(Phase.OPERATION);
        entry.setDiscontinuedReason("alt");
        CandidateField.PHASE.takeInto(c, entry, RESOLVER);
        assertThat(entry.getPhase()).isEqualTo(Phase.OPERATION);
        assertThat(entry.getDiscontinuedReason()).isNull();
        assertThat(CandidateField.PHASE.proposed(c)).isEmpty();
    }

    private static ImportCandidate candidate() {
        ImportCandidate c = new ImportCandidate(1, 1, "https://partner.example/projekt", Instant.EPOCH, "hash");
        c.setTitle("Lastenräder für alle");
        c.setSummary("Eine Stadt verleiht Lastenräder.");
        c.setDescription("Eine **Beschreibung**.");
        c.setOrganisation("Stadt Auenbrunn");
        c.setPhase(Phase.DISCONTINUED);
        c.setDiscontinuedReason("Förderung lief aus");
        c.setInnovationFields(List.of("mobility"));
        c.setKeywords(List.of("Radverkehr"));
        c.setUnknownLabels(List.of("Lastenrad", "Radverkehr"));
        c.setContact("Verkehrsplanung, Stadt Auenbrunn");
        c.setCosts(new java.math.BigDecimal("1180000.00"), "EUR");
        c.setFunding("Sofortprogramm Saubere Luft");
        c.setPeriod(2020, 2023);
        return c;
    }
}
