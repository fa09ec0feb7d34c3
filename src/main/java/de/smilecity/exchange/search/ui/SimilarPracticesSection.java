package de.smilecity.exchange.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.catalogue.ui.PracticeDetailExtension;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.search.SearchHit;
import de.smilecity.exchange.search.SearchService;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "Similar practices" on every detail page, from the index (MoreLikeThis). */
@org.springframework.stereotype.Component
@Order(10)
class SimilarPracticesSection implements PracticeDetailExtension {

    static final int SHOWN = 5;

    private final SearchService search;

    SimilarPracticesSection(SearchService search) {
        this.search = search;
    }

    @Override
    public Optional<Component> section(Practice practice) {
        List<SearchHit> similar = search.similar(practice, SHOWN);
        if (similar.isEmpty()) return Optional.empty();
        H2 heading = new H2(com.vaadin.flow.component.UI.getCurrent().getTranslation("search.similar"));
        heading.setId("similar-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        UnorderedList list = new UnorderedList();
        for (SearchHit hit : similar) {
            Span owner = new Span(" – " + hit.organisationName());
            owner.addClassName("meta");
            ListItem item = new ListItem(new Anchor(Routes.practice(hit.slug()), hit.title()), owner);
            item.getElement().setAttribute("lang", hit.language());
            list.add(item);
        }
        Section section = new Section(heading, list);
        section.setId("similar");
        section.getElement().setAttribute("aria-labelledby", "similar-heading");
        return Optional.of(section);
    }
}
