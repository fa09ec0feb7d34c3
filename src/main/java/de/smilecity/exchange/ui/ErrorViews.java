package de.smilecity.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pages shown when something the user asked for is not there, cannot be read or failed. */
public final class ErrorViews {

    private static final Logger log = LoggerFactory.getLogger(ErrorViews.class);

    private ErrorViews() {}

    static Div notFound(ErrorPage page, String message) {
        page.show("error.notFound.title", new Paragraph(message));
        Anchor home = new Anchor(".", page.getTranslation("error.notFound.home"));
        Anchor catalogue = new Anchor(MainLayout.SEARCH_ROUTE, page.getTranslation("error.notFound.catalogue"));
        page.add(new Paragraph(home), new Paragraph(catalogue));
        return page;
    }

    /**
     * An error page: its heading is also the browser tab's title, so that a screen reader announces
     * what happened (WCAG 2.4.2 asks every page for a title). The error views sit in the shell like
     * any page (the automatic layout does not reach error views), so their content is in the main
     * landmark and the way back is in the header.
     */
    abstract static class ErrorPage extends Div implements HasDynamicTitle {

        private String title = "smile exchange";

        void show(String titleKey, Component... content) {
            removeAll();
            addClassName("page");
            String heading = getTranslation(titleKey);
            title = heading + " – smile exchange";
            add(new H1(heading));
            add(content);
        }

        @Override
        public String getPageTitle() {
            return title;
        }
    }

    /** An address that matches no page. */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class RouteNotFound extends ErrorPage implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            notFound(
                    this,
                    getTranslation("error.notFound.route", event.getLocation().getPath()));
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /**
     * A page or step the signed-in account may not take (a contributor opening another organisation's
     * entry, say). Visitors never get here: they are sent to the login first.
     */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Forbidden extends ErrorPage
            implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event,
                ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
            show(
                    "error.forbidden.title",
                    new Paragraph(getTranslation("error.forbidden.message")),
                    new Paragraph(new Anchor(".", getTranslation("error.notFound.home"))));
            return HttpServletResponse.SC_FORBIDDEN;
        }
    }

    /** A practice, organisation or other item that does not exist; the message names it. */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class ItemNotFound extends ErrorPage
            implements HasErrorParameter<de.smilecity.exchange.shared.NotFoundException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<de.smilecity.exchange.shared.NotFoundException> parameter) {
            notFound(this, parameter.getException().getMessage());
            return HttpServletResponse.SC_NOT_FOUND;
        }
    }

    /**
     * An address whose parameters cannot be read (a hand-made or cut-off link); the message is ours,
     * written for people, and names the parameter.
     */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class BadRequest extends ErrorPage
            implements HasErrorParameter<de.smilecity.exchange.shared.BadRequestException> {
        @Override
        public int setErrorParameter(
                BeforeEnterEvent event, ErrorParameter<de.smilecity.exchange.shared.BadRequestException> parameter) {
            show(
                    "error.badRequest.title",
                    new Paragraph(parameter.getException().getMessage()),
                    new Paragraph(new Anchor(".", getTranslation("error.notFound.home"))));
            return HttpServletResponse.SC_BAD_REQUEST;
        }
    }

    /**
     * Any other failure while opening a page: logged once with its stack; the visitor gets a neutral
     * text, never the exception's message (which may name internals), in place of Vaadin's default page.
     */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class Unexpected extends ErrorPage implements HasErrorParameter<Exception> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
            log.error("Unexpected error opening '{}'", event.getLocation().getPath(), parameter.getCaughtException());
            show(
                    "error.unexpected.title",
                    new Paragraph(getTranslation("error.unexpected.page")),
                    new Paragraph(new Anchor(".", getTranslation("error.notFound.home"))));
            return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
    }
}
