package org.agora.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** Page-level settings: Agora's theme, and server push so that dashboards update by themselves. */
@Push
@Theme("agora")
@Meta(name = "description", content = "Agora: read a news article together, answer, argue.")
public class AppShell implements AppShellConfigurator {
}
