package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import de.smilecity.exchange.catalogue.PracticeDiff;
import de.smilecity.exchange.catalogue.WordDiff;
import java.util.List;

/**
 * Two versions of an entry side by side as an accessible table: one row per field, the field name
 * as row header, removed words struck through on the left and added words underlined on the right
 * (as {@code del} and {@code ins}, which screen readers announce).
 */
public class DiffTable extends Div {

    /**
     * @param changes the fields to show
     * @param caption what is compared, read out first by screen readers
     * @param before the left column's heading, e.g. "Published"
     * @param after the right column's heading, e.g. "New version"
     */
    public DiffTable(List<PracticeDiff.Change> changes, String caption, String before, String after) {
        addClassName("diff");
        if (changes.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("diff.none"));
            none.addClassName("diff-none");
            add(none);
            return;
        }
        Element table = new Element("table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        head.appendChild(header("col", getTranslation("diff.field")), header("col", before), header("col", after));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (PracticeDiff.Change change : changes) {
            Element row = new Element("tr");
            row.setAttribute("data-field", change.field());
            if (!change.before().equals(change.after())) {
                row.getClassList().add("changed");
            }
            row.appendChild(header("row", getTranslation("diff.field." + change.field())));
            List<WordDiff.Segment> segments = WordDiff.between(
                    Labels.diffValue(this, change.field(), change.before()),
                    Labels.diffValue(this, change.field(), change.after()));
            row.appendChild(cell(segments, WordDiff.Kind.REMOVED, "del"), cell(segments, WordDiff.Kind.ADDED, "ins"));
            body.appendChild(row);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element header(String scope, String text) {
        Element th = new Element("th").setText(text);
        th.setAttribute("scope", scope);
        return th;
    }

    /** One side: the words both share, plus this side's own words marked with {@code tag}. */
    private static Element cell(List<WordDiff.Segment> segments, WordDiff.Kind own, String tag) {
        Element td = new Element("td");
        for (WordDiff.Segment segment : segments) {
            if (segment.kind() == WordDiff.Kind.SAME) {
                td.appendChild(Element.createText(segment.text()));
            } else if (segment.kind() == own) {
                td.appendChild(new Element(tag).setText(segment.text()));
            }
        }
        return td;
    }
}
