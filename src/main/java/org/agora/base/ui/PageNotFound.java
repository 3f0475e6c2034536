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
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What an address that leads nowhere shows (a mistyped link, an id that is not a number): one
 * sentence from the message bundle and the way to the start page, instead of Vaadin's page,
 * which names the path and, in development, lists every route.
 */
@AnonymousAllowed
public class PageNotFound extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassNames("agora-start");
        H1 title = new H1(getTranslation("not-found.title"));
        title.addClassName("agora-page-title");
        Paragraph text = new Paragraph(getTranslation("not-found.text"));
        text.setId("page-not-found");
        Div card = new Div(title, text, new Paragraph(new Anchor("", getTranslation("not-found.start"))));
        card.addClassName("agora-card");
        add(card);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.page-title");
    }
}
