package org.agora.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text people read, looked up by key in the message bundle {@code messages} (English in
 * {@code messages.properties}; another language is a file {@code messages_<language>.properties}
 * beside it). Every value is a {@link MessageFormat} pattern, with or without values.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private Messages() {}

    /** The text of a key in a language, falling back to English, then to the key itself in brackets. */
    public static String text(Locale locale, String key, Object... args) {
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
