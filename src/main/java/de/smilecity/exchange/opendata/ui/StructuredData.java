package de.smilecity.exchange.opendata.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import de.smilecity.exchange.catalogue.CatalogueService;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.opendata.ExportLinks;
import de.smilecity.exchange.opendata.SchemaOrg;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Puts schema.org JSON-LD and a canonical link into the head of every published entry's detail page
 * ({@code /practices/{slug}}) as the server sends it. Vaadin draws the page in the browser, so a
 * search engine or another catalogue that reads the HTML without running scripts would otherwise
 * see an empty shell. The JSON-LD is data, not a script the browser runs, so the page's Content
 * Security Policy does not apply to it.
 */
@Component
class StructuredData implements VaadinServiceInitListener {

    /** The detail route; a slug never contains a slash, so the history and edit pages do not match. */
    static final Pattern DETAIL = Pattern.compile("^/practices/([^/]+)/?$");

    private final CatalogueService catalogue;

    StructuredData(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addToHead);
    }

    void addToHead(IndexHtmlResponse response) {
        httpRequest(response.getVaadinRequest())
                .flatMap(request -> practiceOf(request).map(practice -> {
                    ExportLinks links = new ExportLinks(ServletUriComponentsBuilder.fromContextPath(request)
                            .build()
                            .toUriString());
                    write(response.getDocument(), practice, links);
                    return practice;
                }));
    }

    static void write(Document document, Practice practice, ExportLinks links) {
        Element head = document.head();
        head.appendElement("link").attr("rel", "canonical").attr("href", links.practice(practice));
        head.appendElement("script")
                .attr("type", "application/ld+json")
                .appendChild(new DataNode(SchemaOrg.jsonLd(practice, links)));
        head.appendElement("meta").attr("name", "description").attr("content", practice.getSummary());
    }

    private Optional<Practice> practiceOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher detail = DETAIL.matcher(path);
        if (!detail.matches()) return Optional.empty();
        String slug = java.net.URLDecoder.decode(detail.group(1), java.nio.charset.StandardCharsets.UTF_8);
        // Only published entries are public; for anything else the page shows its own "not found".
        return catalogue.findPublished(slug);
    }

    private static Optional<HttpServletRequest> httpRequest(VaadinRequest request) {
        return request instanceof VaadinServletRequest servlet
                ? Optional.of(servlet.getHttpServletRequest())
                : Optional.empty();
    }
}
