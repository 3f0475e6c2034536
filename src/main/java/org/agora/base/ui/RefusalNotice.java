package org.agora.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.agora.base.Refusal;

/** What a staff screen shows instead of its content when the service refused: why, and the way back. */
public class RefusalNotice extends Div {

    public RefusalNotice(Refusal refusal) {
        Paragraph message = new Paragraph(getTranslation(refusal.key(), refusal.args()));
        message.setId("not-allowed");
        add(
                new H2(getTranslation("dashboard.not-available")),
                message,
                new Anchor("teacher", getTranslation("dashboard.back")));
    }
}
