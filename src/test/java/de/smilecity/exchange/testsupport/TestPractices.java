package de.smilecity.exchange.testsupport;

import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Contact;
import de.smilecity.exchange.catalogue.Costs;
import de.smilecity.exchange.catalogue.Indicator;
import de.smilecity.exchange.catalogue.Link;
import de.smilecity.exchange.catalogue.LinkType;
import de.smilecity.exchange.catalogue.Organisation;
import de.smilecity.exchange.catalogue.Phase;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.PracticeState;
import de.smilecity.exchange.catalogue.ProcessStep;
import de.smilecity.exchange.catalogue.TestStates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Named test entries, so that tests read as what they are about, never as magic ids. */
public final class TestPractices {

    private TestPractices() {}

    /** A complete entry of Rostock: every field filled, so that round trips prove every column. */
    public static Practice rostockBeteiligungsplattform(CatalogueService catalogue, String slug) {
        Map<String, Concept> concepts = catalogue.conceptsByKey();
        Organisation rostock = catalogue.getOrganisation("rostock");
        Practice p = catalogue.newPractice(rostock);
        p.setSlug(slug);
        p.setTitle("Bürgerbeteiligung 🚲 im Quartier – Test");
        p.setSummary("Ein Testeintrag mit jedem Feld, damit Speichern und Laden jede Spalte beweisen.");
        p.setDescription("## Worum es geht\n\nEin **Test** mit Umlauten: äöüß und Emoji 🚲.");
        p.setLanguage("de");
        p.setConcepts(ConceptScheme.INNOVATION_FIELD, Set.of(concepts.get("innovation-field:participation")));
        p.setConcepts(ConceptScheme.SMILE_PILLAR, Set.of(concepts.get("smile-pillar:citizens")));
        p.setConcepts(ConceptScheme.SDG, Set.of(concepts.get("sdg:sdg-11")));
        p.setConcepts(ConceptScheme.TARGET_GROUP, Set.of(concepts.get("target-group:citizens")));
        p.setTechnologies(List.of("Open-Source-Software"));
        p.setKeywords(List.of("Beteiligung", "Quartier"));
        p.setPhase(Phase.OPERATION);
        p.setStartYear(2022);
        p.setEndYear(2025);
        p.setLastVerifiedOn(LocalDate.of(2026, 11, 20));
        p.setChallenge("Herausforderung");
        p.setApproach("Ansatz");
        p.setResults("Ergebnisse");
        p.setLessonsLearned("Erfahrungen");
        p.setPrerequisites("Voraussetzungen");
        p.setParticipation("Beteiligung");
        p.setProcessSteps(List.of(new ProcessStep("Ziele klären", "Mit der Politik"), new ProcessStep("Starten", "")));
        p.setCosts(new Costs(new BigDecimal("125000.50"), "EUR", "Modellprojekte Smart Cities"));
        p.setContacts(List.of(
                new Contact(
                        "Smart-City-Team", "Projektleitung", "Rostock", "smartcity@example.org", "+49 381 000", true),
                new Contact(null, "Datenschutz", null, null, null, false)));
        p.setIndicators(List.of(new Indicator(
                "Beiträge",
                "Anzahl",
                new BigDecimal("0"),
                new BigDecimal("1000"),
                new BigDecimal("812"),
                LocalDate.of(2025, 12, 31))));
        p.setLinks(List.of(new Link("Projektseite", "https://example.org/projekt", LinkType.WEBSITE, "de")));
        TestStates.in(p, PracticeState.PUBLISHED);
        return p;
    }
}
