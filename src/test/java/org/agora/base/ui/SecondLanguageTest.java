package org.agora.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.agora.KaribuTest;
import org.junit.jupiter.api.Test;

/** A translation file on the class path (here messages_eo.properties from the tests) is offered and used. */
class SecondLanguageTest extends KaribuTest {

    @Test
    void a_translation_file_is_offered_and_used_with_english_for_what_it_lacks() {
        assertThat(context.getBean(BundleTranslations.class).getProvidedLocales())
                .contains(Locale.ENGLISH, Locale.forLanguageTag("eo"));

        reopenBrowserIn(Locale.forLanguageTag("eo"));
        UI.getCurrent().navigate("");

        assertThat(_get(Button.class, spec -> spec.withId("join")).getText()).isEqualTo("Aliĝi");
        assertThat(_get(TextField.class, spec -> spec.withId("join-code")).getLabel())
                .isEqualTo("Klasa kodo");
        assertThat(_get(TextField.class, spec -> spec.withId("join-code")).getHelperText())
                .isEqualTo("The code your teacher shows");
    }

    @Test
    void english_is_the_default() {
        UI.getCurrent().navigate("");
        assertThat(_get(Button.class, spec -> spec.withId("join")).getText()).isEqualTo("Join");
    }
}
