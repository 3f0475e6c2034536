package org.agora.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/** The progress grid's rows as the browser builds them from each row's HTML, for tests to read. */
final class GridRows {

    private GridRows() {}

    /** One row: its element on the server, and its cells as the browser parses them. */
    record Row(com.vaadin.flow.dom.Element tr, org.jsoup.nodes.Element parsed) {

        String participant() {
            return tr.getAttribute("data-participant");
        }

        /** The student's name as shown (without the presence words). */
        String name() {
            return parsed.selectFirst("th bdi").text().strip();
        }

        org.jsoup.nodes.Element cell(String questionKey) {
            org.jsoup.nodes.Element cell = parsed.selectFirst("td[data-question=" + questionKey + "]");
            if (cell == null) {
                throw new AssertionError("no cell for " + questionKey + " in " + parsed);
            }
            return cell;
        }
    }

    /** The rows of the grid's body, top to bottom; none when the grid shows a message instead. */
    static List<Row> of(com.vaadin.flow.dom.Element grid) {
        List<Row> rows = new ArrayList<>();
        if (grid.getChildCount() == 0 || !grid.getChild(0).getTag().equals("table")) {
            return rows;
        }
        com.vaadin.flow.dom.Element body = grid.getChild(0).getChild(1);
        for (int r = 0; r < body.getChildCount(); r++) {
            com.vaadin.flow.dom.Element tr = body.getChild(r);
            org.jsoup.nodes.Element parsed = Jsoup.parseBodyFragment(
                            "<table><tbody><tr>" + tr.getProperty("innerHTML") + "</tr></tbody></table>")
                    .selectFirst("tr");
            rows.add(new Row(tr, parsed));
        }
        return rows;
    }

    static Row row(com.vaadin.flow.dom.Element grid, long participant) {
        return of(grid).stream()
                .filter(r -> r.participant().equals(String.valueOf(participant)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + participant));
    }
}
