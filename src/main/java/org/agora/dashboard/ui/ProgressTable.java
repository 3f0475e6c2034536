package org.agora.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.base.ui.OwnText;
import org.agora.dashboard.ProgressCell;
import org.agora.dashboard.SessionProgress;
import org.agora.lesson.QuestionType;
import org.jsoup.nodes.Entities;

/**
 * The progress grid as a plain HTML table (student x question). Every text is escaped: student
 * names are whatever students typed. A refresh redraws only the rows that changed, and appends
 * students who joined, so a class answering sends the browser a few rows rather than the whole
 * table again.
 */
class ProgressTable extends Div {

    /** One student's row on screen, what it was drawn from and the HTML drawn in it. */
    private record ShownRow(Element tr, SessionProgress.Row drawn, String html) {}

    private List<SessionProgress.Column> columns = List.of();
    private Element body;
    private final Map<Long, ShownRow> rows = new LinkedHashMap<>();

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
        rows.put(row.participantId(), new ShownRow(tr, null, ""));
        update(row, rows.get(row.participantId()));
        return tr;
    }

    /**
     * A row's cells are one HTML property of its element, not an element each: a class's grid is
     * a few nodes a student, and a changed row is sent as one value. A row whose student is as
     * before is not drawn at all; one drawn again is sent only when its HTML changed.
     */
    private void update(SessionProgress.Row row, ShownRow shown) {
        if (row.equals(shown.drawn())) {
            return;
        }
        String html = html(row);
        if (!html.equals(shown.html())) {
            shown.tr().setProperty("innerHTML", html);
            shown.tr().setAttribute("data-online", String.valueOf(row.online()));
        }
        rows.put(row.participantId(), new ShownRow(shown.tr(), row, html));
    }

    /**
     * The name cell (presence dot, the name in its own direction, the presence spoken) and one
     * cell per question, its symbol with its state in words. Every text is escaped: names are
     * whatever students typed.
     */
    private String html(SessionProgress.Row row) {
        StringBuilder html = new StringBuilder("<th scope=\"row\"><span aria-hidden=\"true\" class=\"")
                .append(row.online() ? "agora-online\">●" : "agora-offline\">○")
                .append("</span><bdi> ")
                .append(Entities.escape(row.displayName()))
                .append("</bdi><span class=\"agora-visually-hidden\"> ")
                .append(Entities.escape(getTranslation(row.online() ? "progress.online" : "progress.offline")))
                .append("</span></th>");
        for (SessionProgress.Column column : columns) {
            ProgressCell state = row.cell(column.key());
            String label = getTranslation(state.labelKey());
            html.append("<td data-question=\"")
                    .append(Entities.escape(column.key()))
                    .append('"')
                    .append(sectionStart(column) ? " data-section-start" : "")
                    .append(" class=\"cell-")
                    .append(state.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\" title=\"")
                    .append(Entities.escape(getTranslation(
                            "progress.cell.title", OwnText.plain(row.displayName()), name(column), label)))
                    .append("\" aria-label=\"")
                    .append(Entities.escape(label))
                    .append("\">")
                    .append(state.symbol())
                    .append("</td>");
        }
        return html.toString();
    }

    /**
     * A question's column header: its short number on screen, the prompt on hover, and for screen
     * readers the number with the prompt (the visible number is hidden from them, read once).
     */
    private Element header(SessionProgress.Column column) {
        Element th = new Element("th").setAttribute("scope", "col").setAttribute("title", column.prompt());
        if (sectionStart(column)) {
            th.setAttribute("data-section-start", "");
        }
        Element shown = cell("span", label(column)).setAttribute("aria-hidden", "true");
        Element spoken = cell("span", getTranslation("progress.column.spoken", name(column), column.prompt()));
        spoken.getClassList().add("agora-visually-hidden");
        th.appendChild(shown, spoken);
        return th;
    }

    /** The first column of each section (and the poll after) gets a line before it, to read the grid by section. */
    private static boolean sectionStart(SessionProgress.Column column) {
        return column.type() == QuestionType.POLL_AFTER
                || (column.number() != null && column.number().endsWith(".1"));
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
