package de.smilecity.exchange.adapt.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.smilecity.exchange.adapt.PlanService;
import de.smilecity.exchange.adapt.ProjectPlan;
import de.smilecity.exchange.catalogue.ui.Labels;
import de.smilecity.exchange.catalogue.ui.Routes;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The project plans of the caller's organisation, with their progress. Not public. */
@Route(AdaptRoutes.PLANS)
@Menu(order = 12, title = "nav.plans", icon = "vaadin:tasks")
@RolesAllowed("CONTRIBUTOR")
public class PlanListView extends Div implements HasDynamicTitle {

    public PlanListView(PlanService plans) {
        addClassName("page");
        add(new H1(getTranslation("nav.plans")), new Paragraph(getTranslation("plans.intro")));
        if (!plans.mayPlan()) {
            Paragraph none = new Paragraph(getTranslation("plans.noOrganisation"));
            none.setId("plans-empty");
            add(none);
            return;
        }
        List<ProjectPlan> mine = plans.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plans.empty") + " ");
            empty.setId("plans-empty");
            empty.add(
                    new Anchor(Routes.catalogueFiltered("kind", "template"), getTranslation("plans.empty.templates")));
            add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("plans");
        list.addClassName("plan-list");
        for (ProjectPlan plan : mine) {
            ListItem item = new ListItem();
            Anchor title = new Anchor(AdaptRoutes.plan(plan.getId()), plan.getTitle());
            title.addClassName("plan-title");
            String progressText = getTranslation(
                    "plan.progress", plan.doneCount(), plan.getSteps().size());
            ProgressBar bar = new ProgressBar(0, Math.max(1, plan.getSteps().size()), plan.doneCount());
            bar.getElement().setAttribute("aria-label", plan.getTitle() + ": " + progressText);
            Span progress = new Span(progressText);
            Span changed = new Span(getTranslation("plan.updated", Labels.date(this, plan.getUpdatedAt())));
            changed.addClassName("meta");
            item.add(title, bar, progress, new Span(" · "), changed);
            list.add(item);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.plans") + " – smile exchange";
    }
}
