package de.smilecity.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.security.SignedInUser;
import java.util.List;
import java.util.Optional;

/**
 * The shell around every page: skip link, brand, the one search box, language switch, sign-in, a
 * navigation built from the views' {@code @Menu} annotations (their titles are translation keys),
 * so that the shell knows no feature, and the footer with the accessibility statement.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The route of the catalogue and search page, which the shell's search box opens. */
    public static final String SEARCH_ROUTE = "practices";

    private final transient AuthenticationContext authentication;
    private final transient List<MenuBadge> badges;
    private final TextField search = new TextField();
    private final SideNav nav = new SideNav();
    private final Div pageBody = new Div();
    private final ShellFooter footer = new ShellFooter();

    public MainLayout(AuthenticationContext authentication, List<MenuBadge> badges) {
        this.authentication = authentication;
        this.badges = badges;
        setPrimarySection(Section.NAVBAR);
        // AppLayout's navbar is no landmark of its own; the <header> (banner) holds the brand, the
        // search and the tools, so that screen reader users find all of it by landmark.
        Header header = new Header(createSkipLink(), new DrawerToggle(), createBrand(), createSearch(), createTools());
        header.addClassName("shell-header");
        addToNavbar(header);
        nav.setLabel(getTranslation("shell.navigation"));
        addToDrawer(nav);
        pageBody.addClassName("shell-body");
    }

    private Component createSkipLink() {
        Anchor skip = new Anchor("#main", getTranslation("shell.skip"));
        skip.addClassName("skip-link");
        return skip;
    }

    private Component createBrand() {
        Span smile = new Span("smile");
        smile.addClassName("smile");
        // "." is the application root: Vaadin's <base href> points there from every route.
        Anchor brand = new Anchor(".", smile, new Span(" exchange"));
        brand.addClassName("brand");
        brand.getElement().setAttribute("aria-label", getTranslation("shell.home"));
        return brand;
    }

    private Component createSearch() {
        search.setPlaceholder(getTranslation("shell.search.placeholder"));
        search.setAriaLabel(getTranslation("shell.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addClassName(LumoUtility.Flex.GROW);
        search.addKeyPressListener(Key.ENTER, e -> openSearch(search.getValue()));
        search.setId("shell-search");
        Div searchLandmark = new Div(search);
        searchLandmark.getElement().setAttribute("role", "search");
        searchLandmark.addClassNames(
                LumoUtility.Display.FLEX, LumoUtility.Flex.GROW, LumoUtility.MaxWidth.SCREEN_SMALL);
        return searchLandmark;
    }

    private void openSearch(String query) {
        QueryParameters params = query.isBlank() ? QueryParameters.empty() : QueryParameters.of("q", query.strip());
        UI.getCurrent().navigate(SEARCH_ROUTE, params);
    }

    private Component createTools() {
        HorizontalLayout tools = new HorizontalLayout(new LanguageSwitch(), createAccount());
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassNames(LumoUtility.Margin.Start.AUTO, LumoUtility.Padding.End.MEDIUM);
        return tools;
    }

    private Component createAccount() {
        return authentication
                .getAuthenticatedUser(SignedInUser.class)
                .<Component>map(user -> {
                    Span name = new Span(user.displayName());
                    name.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
                    Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
                    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    logout.setId("logout");
                    return new HorizontalLayout(FlexComponent.Alignment.CENTER, name, logout);
                })
                .orElseGet(() -> {
                    Anchor login = new Anchor("login", getTranslation("shell.login"));
                    login.setId("login-link");
                    return login;
                });
    }

    private void buildNavigation() {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new com.vaadin.flow.component.icon.Icon(entry.icon()));
            }
            badge(entry.path()).ifPresent(item::setSuffixComponent);
            nav.addItem(item);
        }
    }

    /** The count beside a navigation entry, read by screen readers as a sentence ("2 unread messages"). */
    private Optional<Component> badge(String path) {
        String route = path.startsWith("/") ? path.substring(1) : path;
        return badges.stream().filter(b -> b.route().equals(route)).findFirst().flatMap(b -> {
            long count = b.count();
            if (count == 0) return Optional.empty();
            Span badge = new Span(String.valueOf(count));
            badge.addClassName("count-badge");
            badge.getElement().setAttribute("aria-label", getTranslation(b.labelKey(), count));
            badge.setId("badge-" + route);
            return Optional.of(badge);
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildNavigation();
        // Keep the box showing what the catalogue page searches for, and nothing elsewhere.
        String path = event.getLocation().getPath();
        search.setValue(
                SEARCH_ROUTE.equals(path)
                        ? event.getLocation()
                                .getQueryParameters()
                                .getSingleParameter("q")
                                .orElse("")
                        : "");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        // The view and the footer share AppLayout's content area, the footer after the view and
        // outside its main landmark, so that it is the page's contentinfo landmark.
        Component view = content.getElement()
                .getComponent()
                .orElseThrow(() -> new IllegalArgumentException("A view in the shell must be a component"));
        pageBody.removeAll();
        pageBody.add(view, footer);
        if (getContent() != pageBody) setContent(pageBody);
        // What AppLayout does after each navigation: a drawer over the page closes.
        if (isOverlay()) setDrawerOpened(false);
        // The skip link's target and the page's main landmark.
        content.getElement().setAttribute("id", "main");
        content.getElement().setAttribute("role", "main");
        content.getElement().setAttribute("tabindex", "-1");
    }
}
