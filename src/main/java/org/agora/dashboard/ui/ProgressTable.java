package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.base.ui.OwnText;
import org.agora.dashboard.ProgressCell;
import org.agora.dashboard.SessionProgress;
import org.agora.lesson.QuestionType;

/**
 * The progress grid as a plain HTML table (student x question). Every text goes in as text,
 * never as markup: student names are whatever students typed. A refresh changes only the
 * cells and presence marks that changed, and appends students who joined, so a class answering
 * sends the browser a few small changes rather than the whole table again.
 */
class ProgressTable extends Div {

    /** One student's row on screen: its presence mark and its cells by question key. */
    private record ShownRow(
            Element tr, Element dot, Element presence, Map<String, Element> cells, Map<String, ProgressCell> states) {}

    private List<SessionProgress.Column> columns = List.of();
    private Element body;
    private final Map<Long, ShownRow> rows = new LinkedHashMap<>();
    private final Map<Long, Boolean> online = new HashMap<>();

    ProgressTable() {
        setId("progress-grid");
        addClassName("agora-progress");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("progress.label"));
    }

    /** Draws {@code shown}, the rows of {@code progress} in the dashboard's window now. */
    void show(SessionProgress progress, List<SessionProgress.Row> shown) {
        boolean someoneLeft =
                rows.keySet().stream().anyMatch(id -> shown.stream().noneMatch(r -> r.participantId() == id));
        if (body == null || !progress.columns().equals(columns) || someoneLeft || shown.isEmpty()) {
            rebuild(progress, shown);
            return;
        }
        for (SessionProgress.Row row : shown) {
            ShownRow drawn = rows.get(row.participantId());
            if (drawn == null) {
                body.appendChild(row(row));
            } else {
                update(row, drawn);
            }
        }
    }

    private void rebuild(SessionProgress progress, List<SessionProgress.Row> shown) {
        getElement().removeAllChildren();
        rows.clear();
        online.clear();
        body = null;
        columns = progress.columns();
        if (shown.isEmpty()) {
            Element empty = new Element("p");
            empty.setText(getTranslation(progress.rows().isEmpty() ? "progress.empty" : "progress.none-found"));
            empty.getClassList().add("agora-empty");
            getElement().appendChild(empty);
            return;
        }
        Element table = new Element("table");
        Element headRow = new Element("tr");
        headRow.appendChild(cell("th", getTranslation("progress.student")).setAttribute("scope", "col"));
        for (SessionProgress.Column column : columns) {
            headRow.appendChild(header(column));
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        body = new Element("tbody");
        shown.forEach(row -> body.appendChild(row(row)));
        table.appendChild(body);
        getElement().appendChild(table);
    }

    private Element row(SessionProgress.Row row) {
        Element tr = new Element("tr");
        tr.setAttribute("data-participant", String.valueOf(row.participantId()));
        Element name = new Element("th").setAttribute("scope", "row");
        Element dot = new Element("span").setAttribute("aria-hidden", "true");
        Element presence = new Element("span");
        presence.getClassList().add("agora-visually-hidden");
        // The space before the name keeps it apart from the dot; the name keeps its own direction.
        name.appendChild(dot, OwnText.element(" " + row.displayName()), presence);
        tr.appendChild(name);
        Map<String, Element> cells = new HashMap<>();
        for (SessionProgress.Column column : columns) {
            Element td = new Element("td");
            td.setAttribute("data-question", column.key());
            markSectionStart(td, column);
            cells.put(column.key(), td);
            tr.appendChild(td);
        }
        ShownRow shown = new ShownRow(tr, dot, presence, cells, new HashMap<>());
        rows.put(row.participantId(), shown);
        update(row, shown);
        return tr;
    }

    private void update(SessionProgress.Row row, ShownRow shown) {
        if (!Boolean.valueOf(row.online()).equals(online.get(row.participantId()))) {
            online.put(row.participantId(), row.online());
            shown.dot().setText(row.online() ? "●" : "○");
            shown.dot().getClassList().set("agora-online", row.online());
            shown.dot().getClassList().set("agora-offline", !row.online());
            shown.presence().setText(" " + getTranslation(row.online() ? "progress.online" : "progress.offline"));
            shown.tr().setAttribute("data-online", String.valueOf(row.online()));
        }
        for (SessionProgress.Column column : columns) {
            ProgressCell state = row.cell(column.key());
            if (state == shown.states().put(column.key(), state)) {
                continue;
            }
            Element td = shown.cells().get(column.key());
            td.setText(state.symbol());
            td.getClassList().clear();
            td.getClassList().add("cell-" + state.name().toLowerCase().replace('_', '-'));
            td.setAttribute(
                    "title",
                    getTranslation(
                            "progress.cell.title",
                            OwnText.plain(row.displayName()),
                            name(column),
                            getTranslation(state.labelKey())));
            td.setAttribute("aria-label", getTranslation(state.labelKey()));
        }
    }

    /**
     * A question's column header: its short number on screen, the prompt on hover, and for screen
     * readers the number with the prompt (the visible number is hidden from them, read once).
     */
    private Element header(SessionProgress.Column column) {
        Element th = new Element("th").setAttribute("scope", "col").setAttribute("title", column.prompt());
        markSectionStart(th, column);
        Element shown = cell("span", label(column)).setAttribute("aria-hidden", "true");
        Element spoken = cell("span", getTranslation("progress.column.spoken", name(column), column.prompt()));
        spoken.getClassList().add("agora-visually-hidden");
        th.appendChild(shown, spoken);
        return th;
    }

    /** The first column of each section (and the poll after) gets a line before it, to read the grid by section. */
    private static void markSectionStart(Element cell, SessionProgress.Column column) {
        boolean start = column.type() == QuestionType.POLL_AFTER
                || (column.number() != null && column.number().endsWith(".1"));
        if (start) {
            cell.setAttribute("data-section-start", "");
        }
    }

    /** What the header shows: "2.3", or a word for the polls. */
    private String label(SessionProgress.Column column) {
        return switch (column.type()) {
            case POLL_BEFORE -> getTranslation("progress.column.before");
            case POLL_AFTER -> getTranslation("progress.column.after");
            default -> column.number();
        };
    }

    /** How the column is named in a cell's title and to screen readers: "Question 2.3", "Poll before reading". */
    private String name(SessionProgress.Column column) {
        return switch (column.type()) {
            case POLL_BEFORE -> getTranslation("progress.column.before.name");
            case POLL_AFTER -> getTranslation("progress.column.after.name");
            default -> getTranslation("progress.column.name", column.number());
        };
    }

    private static Element cell(String tag, String text) {
        Element element = new Element(tag);
        element.setText(text);
        return element;
    }
}
