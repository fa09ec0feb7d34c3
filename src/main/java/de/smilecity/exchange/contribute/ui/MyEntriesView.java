package de.smilecity.exchange.contribute.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.catalogue.ui.Routes;
import de.smilecity.exchange.contribute.ContributionService;
import de.smilecity.exchange.contribute.EntryRow;
import de.smilecity.exchange.security.CurrentUser;
import de.smilecity.exchange.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A contributor's entries (those of their organisation), newest change first, with their states. */
@Route(ContributeRoutes.MY_ENTRIES)
@Menu(order = 10, title = "nav.myEntries", icon = "vaadin:edit")
@RolesAllowed("CONTRIBUTOR")
public class MyEntriesView extends Div implements HasDynamicTitle {

    public MyEntriesView(ContributionService contributions, CurrentUser user) {
        addClassName("page");
        Anchor create = new Anchor(Routes.CATALOGUE + "/new", getTranslation("entries.create"));
        create.setId("new-entry");
        create.addClassName("button-link");
        add(new H1(getTranslation("nav.myEntries")), new Paragraph(getTranslation("entries.intro")), create);
        List<EntryRow> rows = contributions.mine();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(
                    user.hasRole(Role.EDITOR) && user.find().orElseThrow().organisationId() == null
                            ? "entries.empty.editor"
                            : "entries.empty"));
            empty.setId("entries-empty");
            add(empty);
            return;
        }
        EntryTable table = new EntryTable(getTranslation("entries.caption"), false);
        table.setRows(rows);
        table.setId("my-entries");
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myEntries") + " – smile exchange";
    }
}
