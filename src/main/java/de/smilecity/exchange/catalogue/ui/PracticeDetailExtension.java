package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import de.smilecity.exchange.catalogue.Practice;
import java.util.List;
import java.util.Optional;

/**
 * A section that another feature adds to every entry's detail page (similar practices, lineage, …),
 * so that the catalogue shows them without knowing those features. Spring beans; their
 * {@code @Order} decides the order on the page.
 */
public interface PracticeDetailExtension {

    /**
     * @param practice the fully loaded, published entry
     * @return the section, or empty when the feature has nothing to say about this entry
     */
    Optional<Component> section(Practice practice);

    /**
     * Links or buttons for the entry's action line under its summary (adapt, export, compare, …).
     *
     * @param practice the fully loaded, published entry
     */
    default List<Component> actions(Practice practice) {
        return List.of();
    }
}
