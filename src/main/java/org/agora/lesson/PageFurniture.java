package org.agora.lesson;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of a web page that are not the article: navigation and category words,
 * share and follow prompts, photo credits, advertising, bylines and the author box.
 */
final class PageFurniture {

    private static final Set<String> NAVIGATION = Set.of(
            "home",
            "news",
            "world",
            "politics",
            "business",
            "opinion",
            "sport",
            "sports",
            "culture",
            "science",
            "technology",
            "tech",
            "asia",
            "europe",
            "africa",
            "americas",
            "middle east",
            "menu",
            "search",
            "login",
            "log in",
            "sign in",
            "subscribe",
            "more",
            "latest",
            "video",
            "videos",
            "podcasts",
            "features",
            "analysis",
            "society",
            "economy",
            "security",
            "diplomacy",
            "environment",
            "magazine",
            "newsletter",
            "contact",
            "about",
            "about us",
            // French, German, Spanish, Italian, Portuguese
            "accueil",
            "actualités",
            "monde",
            "politique",
            "économie",
            "international",
            "vidéos",
            "startseite",
            "nachrichten",
            "politik",
            "wirtschaft",
            "kultur",
            "wissen",
            "meinung",
            "inicio",
            "noticias",
            "mundo",
            "política",
            "economía",
            "cultura",
            "deportes",
            "opinión",
            "cronaca",
            "esteri",
            "politica",
            "economia",
            "início",
            "notícias",
            "esportes",
            "opinião");
    /** A whole line that is a button or a label, in the languages of the lessons Agora is used with. */
    private static final Pattern PROMPT = Pattern.compile(
            "^(share( this( article| story| page)?)?|partager|teilen|compartir|condividi|compartilhar"
                    + "|advertisement|ad|sponsored( content)?|publicité|anzeige|werbung|publicidad|pubblicità|publicidade"
                    + "|related( articles| stories| coverage| content| links| reading| posts)?(\\s*:.*)?"
                    + "|(lire aussi|à lire aussi|lesen sie auch|mehr zum thema|lee también|leer más|leggi anche"
                    + "|leia também)(\\s*:.*)?"
                    + "|comments?( \\(\\d+\\))?|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp"
                    + "|photo|image|video|audio|listen|watch|play|close|loading)\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The start of a prompt or a notice; only a short line is one, a longer one is the article's sentence. */
    private static final Pattern SHORT_PROMPT = Pattern.compile(
            "^(?:(?:follow us|share on|tweet|subscribe|sign up|read more|click here|(?:all )?rights reserved|copyright"
                    + "|abonnez-vous|s'abonner|abonnieren|suscríbete|iscriviti|assine|tous droits réservés"
                    + "|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati"
                    + "|todos os direitos reservados)\\b|©).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int SHORT_PROMPT_WORDS = 12;
    private static final Pattern CREDIT = Pattern.compile(
            "^(photo|image|picture|credit|photograph|illustration)s?( credit)?\\s*[:/].*"
                    + "|.*\\b(getty images|reuters|ap photo|afp|shutterstock|epa|wikimedia commons)\\b.{0,40}$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^by\\s+([\\p{L}.'’ -]{3,60})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "^(?:about the author[:.]?\\s*)?([\\p{Lu}][\\p{L}.'’-]+(?: [\\p{Lu}][\\p{L}.'’-]+){1,3}) is an? "
                    + "(?:[\\p{L} -]{0,40})?(?:writer|journalist|professor|fellow|researcher|correspondent|"
                    + "analyst|editor|reporter|lecturer|scholar|doctoral|phd)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private PageFurniture() {}

    /** A line of navigation or category words, such as "World | Politics | Asia" or "Home". */
    static boolean isNavigation(String line) {
        String[] parts = line.split("\\s*[|•·/>»]\\s*|\\s{2,}");
        if (parts.length == 0) {
            return false;
        }
        for (String part : parts) {
            if (!part.isBlank() && !NAVIGATION.contains(part.strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean isPrompt(String line) {
        String text = line.strip();
        return PROMPT.matcher(text).matches()
                || text.split("\\s+").length <= SHORT_PROMPT_WORDS
                        && SHORT_PROMPT.matcher(text).matches();
    }

    static boolean isCredit(String line) {
        return line.length() < 200 && CREDIT.matcher(line.strip()).matches();
    }

    /** "By Jane Doe": the author's name. */
    static Optional<String> byline(String line) {
        Matcher m = BYLINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "Jane Doe is a researcher at ...": the author's name. */
    static Optional<String> authorBox(String line) {
        Matcher m = AUTHOR_BOX.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
