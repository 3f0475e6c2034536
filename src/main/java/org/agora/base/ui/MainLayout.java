package org.agora.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of the teacher and admin screens: name, navigation by role, sign-out.
 * Students never see it; their screens stand alone.
 */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        H1 brand = new H1("Agora");
        brand.addClassName("agora-brand");

        Span who = new Span(authentication.getPrincipalName().orElse(""));
        who.addClassName("agora-user");
        Button signOut = new Button(getTranslation("layout.sign-out"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(brand, who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.addClassName("agora-topbar");
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("layout.nav.sessions"), "teacher"));
        if (authentication.hasRole("ADMIN")) {
            nav.addItem(new SideNavItem(getTranslation("layout.nav.lessons"), "admin/lessons"));
            nav.addItem(new SideNavItem(getTranslation("layout.nav.accounts"), "admin/accounts"));
            nav.addItem(new SideNavItem(getTranslation("layout.nav.audit"), "admin/audit"));
            nav.addItem(new SideNavItem(getTranslation("layout.nav.backups"), "admin/backups"));
        }
        nav.addItem(new SideNavItem(getTranslation("layout.nav.password"), "account/password"));
        addToDrawer(nav);
        setPrimarySection(Section.NAVBAR);
    }
}
