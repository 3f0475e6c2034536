package org.agora.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.base.Messages;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Gives Vaadin the app's texts from the message bundle. The languages offered are English plus
 * every {@code messages_<language>.properties} found on the class path, so adding a language
 * is adding a file. A browser asking for a language not offered gets English.
 */
@Component
public class BundleTranslations implements I18NProvider {

    private static final Pattern TRANSLATION = Pattern.compile(Messages.BUNDLE + "_([a-z]{2,3})\\.properties");

    private final List<Locale> locales;

    public BundleTranslations() {
        List<Locale> found = new ArrayList<>(List.of(Locale.ENGLISH));
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + Messages.BUNDLE + "_*.properties")) {
                Matcher m = TRANSLATION.matcher(String.valueOf(file.getFilename()));
                if (m.matches() && !m.group(1).equals("en")) {
                    found.add(Locale.forLanguageTag(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.locales = List.copyOf(found);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return locales;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.text(locale == null ? Locale.ENGLISH : locale, key, params);
    }
}
