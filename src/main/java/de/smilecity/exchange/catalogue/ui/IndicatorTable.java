package de.smilecity.exchange.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.theme.lumo.LumoUtility;
import de.smilecity.exchange.catalogue.Indicator;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The indicators of an entry as a real table with header cells, readable by screen readers. */
class IndicatorTable {

    private final List<Indicator> indicators;

    IndicatorTable(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    Component inSection(Component host) {
        if (indicators.isEmpty()) return new Div();
        NativeTable table = new NativeTable();
        table.addClassName("data");
        NativeTableHeader head = new NativeTableHeader();
        NativeTableRow headRow = new NativeTableRow();
        for (String key : List.of(
                "indicator.name",
                "indicator.baseline",
                "indicator.target",
                "indicator.value",
                "indicator.measuredOn")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(host.getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        NativeTableBody body = new NativeTableBody();
        for (Indicator i : indicators) {
            NativeTableRow row = new NativeTableRow();
            row.add(
                    new NativeTableCell(i.getName()),
                    new NativeTableCell(value(host, i.getBaseline(), i.getUnit())),
                    new NativeTableCell(value(host, i.getTarget(), i.getUnit())),
                    new NativeTableCell(value(host, i.getValue(), i.getUnit())),
                    new NativeTableCell(i.getMeasuredOn() == null ? "" : Labels.date(host, i.getMeasuredOn())));
            body.add(row);
        }
        table.add(head, body);
        H2 heading = new H2(host.getTranslation("detail.indicators"));
        heading.setId("indicators-heading");
        heading.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.Margin.Top.LARGE);
        Section section = new Section(heading, table);
        section.setId("indicators");
        section.getElement().setAttribute("aria-labelledby", "indicators-heading");
        return section;
    }

    private static String value(Component host, @Nullable BigDecimal value, @Nullable String unit) {
        if (value == null) return "";
        return Labels.number(host, value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}
