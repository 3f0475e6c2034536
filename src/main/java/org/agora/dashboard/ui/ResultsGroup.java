package org.agora.dashboard.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;

/**
 * The results of one part of the lesson (before reading, a section, after reading) under a
 * heading that folds. The panel folds it while its section is not opened; the teacher may fold
 * or unfold it by hand, and that choice stands until the section's state changes.
 */
class ResultsGroup extends Details {

    private final String title;
    private final Div cards = new Div();
    private final Div articles = new Div();
    private Boolean opened;

    ResultsGroup(String id, String title) {
        this.title = title;
        setId(id);
        addClassName("agora-results-group");
        cards.addClassName("agora-result-grid");
        articles.addClassName("agora-cited-articles");
        add(cards, articles);
        setSummaryText(title);
    }

    /** Where the question cards go, in lesson order. */
    Div cards() {
        return cards;
    }

    /** Where each debate question's cited sentences go, below the cards. */
    Div articles() {
        return articles;
    }

    /** Opens the group when its section is open and folds it when not, if that changed since last time. */
    void showOpened(boolean open) {
        if (Boolean.valueOf(open).equals(opened)) {
            return;
        }
        opened = open;
        setOpened(open);
        setSummaryText(open ? title : getTranslation("results.group.not-opened", title));
    }
}
