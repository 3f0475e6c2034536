package org.agora.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * Page-level settings: Agora's theme, and server push so that dashboards update by themselves.
 * Push goes over a websocket, while the browser's own requests stay plain HTTP: that is what
 * lets the join screen set the student's resume cookie on its response.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@Theme("agora")
@Meta(name = "description", content = "Agora: read a news article together, answer, argue.")
// Addresses can carry a join code or a device link: no other site learns them from a Referer header.
@Meta(name = "referrer", content = "no-referrer")
public class AppShell implements AppShellConfigurator {}
