package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

import org.agora.dashboard.ProgressCell;
import org.agora.dashboard.SessionProgress;

/**
 * The progress grid as a plain HTML table (student x question). Every text goes in as text,
 * never as markup: student names are whatever students typed.
 */
class ProgressTable extends Div {

    ProgressTable() {
        setId("progress-grid");
        addClassName("agora-progress");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("progress.label"));
    }

    void show(SessionProgress progress) {
        getElement().removeAllChildren();
        if (progress.rows().isEmpty()) {
            Element empty = new Element("p");
            empty.setText(getTranslation("progress.empty"));
            empty.getClassList().add("agora-empty");
            getElement().appendChild(empty);
            return;
        }
        Element table = new Element("table");
        Element headRow = new Element("tr");
        headRow.appendChild(cell("th", getTranslation("progress.student")).setAttribute("scope", "col"));
        for (SessionProgress.Column column : progress.columns()) {
            Element th = cell("th", column.label()).setAttribute("scope", "col").setAttribute("title", column.prompt());
            headRow.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (SessionProgress.Row row : progress.rows()) {
            Element tr = new Element("tr");
            tr.setAttribute("data-participant", String.valueOf(row.participantId()));
            Element name = new Element("th").setAttribute("scope", "row");
            Element dot = cell("span", row.online() ? "●" : "○").setAttribute("aria-hidden", "true");
            dot.getClassList().add(row.online() ? "agora-online" : "agora-offline");
            Element presence = cell("span", " " + getTranslation(row.online() ? "progress.online" : "progress.offline"));
            presence.getClassList().add("agora-visually-hidden");
            name.appendChild(dot, new Element("span").setText(" " + row.displayName()), presence);
            tr.setAttribute("data-online", String.valueOf(row.online()));
            tr.appendChild(name);
            for (SessionProgress.Column column : progress.columns()) {
                ProgressCell state = row.cell(column.key());
                Element td = cell("td", state.symbol());
                td.getClassList().add("cell-" + state.name().toLowerCase().replace('_', '-'));
                td.setAttribute("data-question", column.key());
                td.setAttribute("title", getTranslation("progress.cell.title", row.displayName(), column.label(),
                        getTranslation(state.labelKey())));
                td.setAttribute("aria-label", getTranslation(state.labelKey()));
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private static Element cell(String tag, String text) {
        Element element = new Element(tag);
        element.setText(text);
        return element;
    }
}
