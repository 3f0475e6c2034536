package org.agora.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text people read, looked up by key in the message bundle {@code messages} (English in
 * {@code messages.properties}; another language is a file {@code messages_<language>.properties}
 * beside it). Every value is a {@link MessageFormat} pattern, with or without values.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    /**
     * The texts without values, formatted once per language: a student's screen names some forty
     * of them, and parsing a pattern each time was a sixth of the cost of drawing a section.
     */
    private static final Map<Locale, Map<String, String>> PLAIN = new ConcurrentHashMap<>();

    /** Languages are the bundle's few; a caller passing ever new locales gets no cache beyond these. */
    private static final int CACHED_LANGUAGES = 16;

    private Messages() {}

    /** The text of a key in a language, falling back to English, then to the key itself in brackets. */
    public static String text(Locale locale, String key, Object... args) {
        if (args.length == 0 && (PLAIN.containsKey(locale) || PLAIN.size() < CACHED_LANGUAGES)) {
            return PLAIN.computeIfAbsent(locale, language -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, missing -> format(locale, missing));
        }
        return format(locale, key, args);
    }

    private static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The English text, for logs and for exception messages. */
    public static String english(String key, Object... args) {
        return text(Locale.ENGLISH, key, args);
    }
}
