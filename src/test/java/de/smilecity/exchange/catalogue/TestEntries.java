package de.smilecity.exchange.catalogue;

import org.springframework.context.ApplicationContext;

/** For tests outside the catalogue: questions about every stored entry that no production code asks. */
public final class TestEntries {

    private final PracticeRepository practices;

    public TestEntries(ApplicationContext spring) {
        this.practices = spring.getBean(PracticeRepository.class);
    }

    /** Whether any entry, in any state, has exactly this title. */
    public boolean anyTitled(String title) {
        return practices.findAll().stream().anyMatch(p -> p.getTitle().equals(title));
    }
}
