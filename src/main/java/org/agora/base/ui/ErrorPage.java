package org.agora.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page that failed to open shows instead of Vaadin's error page, which names the
 * exception and, in development, prints its stack: one sentence, a reference to quote, and
 * the way to the start page.
 */
@AnonymousAllowed
public class ErrorPage extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassNames("agora-start");
        String reference = UnexpectedError.logged(parameter.getCaughtException());
        H1 title = new H1(getTranslation("error.page.title"));
        title.addClassName("agora-page-title");
        Paragraph text = new Paragraph(getTranslation("error.unexpected", reference));
        text.setId("error-page");
        Div card = new Div(title, text, new Paragraph(new Anchor("", getTranslation("error.page.start"))));
        card.addClassName("agora-card");
        add(card);
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.page.title");
    }
}
