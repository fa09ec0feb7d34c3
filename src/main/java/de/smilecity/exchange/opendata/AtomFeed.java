package de.smilecity.exchange.opendata;

import de.smilecity.exchange.catalogue.Concept;
import de.smilecity.exchange.catalogue.ConceptScheme;
import de.smilecity.exchange.catalogue.Practice;
import de.smilecity.exchange.shared.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * New and updated published entries as an Atom 1.0 feed (RFC 4287), written with the JDK's StAX.
 * An entry's id is its canonical address, which never changes (slugs are stable), so a reader sees
 * an update of an entry as the same entry again, with a newer {@code updated}.
 */
public final class AtomFeed {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";
    public static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ExportLinks links;

    public AtomFeed(ExportLinks links) {
        this.links = links;
    }

    /**
     * @param self the feed's own address with its filters
     * @param updated when the catalogue last changed; the feed's {@code updated}
     * @param entries newest first
     */
    public void write(OutputStream out, String self, Instant updated, List<Practice> entries) throws IOException {
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", links.path("/feed.atom"));
            element(xml, "title", "smile exchange – neue und geänderte Praxisbeispiele");
            element(xml, "subtitle", "New and updated municipal best practices of smile city Rostock");
            element(xml, "updated", updated.toString());
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", links.path("/practices"), "text/html");
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", "smile exchange");
            element(xml, "uri", links.path("/"));
            xml.writeEndElement();
            element(xml, "generator", "smile exchange");
            for (Practice p : entries) {
                entry(xml, p);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write the Atom feed " + self + ": " + e.getMessage(), e);
        }
    }

    private void entry(XMLStreamWriter xml, Practice p) throws XMLStreamException {
        xml.writeStartElement(ATOM, "entry");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", p.getLanguage());
        element(xml, "id", links.practice(p));
        element(xml, "title", p.getTitle());
        element(xml, "updated", p.getUpdatedAt().toString());
        @Nullable Instant published = p.getPublishedAt();
        if (published != null) element(xml, "published", published.toString());
        link(xml, "alternate", links.practice(p), "text/html");
        link(xml, "related", links.path("/api/v1/practices/" + p.getSlug()), "application/json");
        xml.writeStartElement(ATOM, "author");
        element(xml, "name", p.owner().getName());
        element(xml, "uri", links.organisation(p.owner().getSlug()));
        xml.writeEndElement();
        for (Concept field : p.getConcepts(ConceptScheme.INNOVATION_FIELD)) {
            xml.writeEmptyElement(ATOM, "category");
            xml.writeAttribute("term", field.getCode());
            xml.writeAttribute("scheme", links.path("/practices?field="));
            xml.writeAttribute(
                    "label", Language.ofCode(p.getLanguage()) == Language.EN ? field.getLabelEn() : field.getLabelDe());
        }
        xml.writeStartElement(ATOM, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(p.getSummary());
        xml.writeEndElement();
        element(xml, "rights", p.getProvenance().getLicence());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
