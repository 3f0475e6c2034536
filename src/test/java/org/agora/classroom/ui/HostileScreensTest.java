package org.agora.classroom.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.agora.Fixtures;
import org.agora.HostileInputs;
import org.agora.HostileTally;
import org.agora.KaribuTest;
import org.agora.SafeHtml;
import org.agora.account.Actor;
import org.agora.account.Role;
import org.agora.base.BadInputException;
import org.agora.base.TextRules;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.JoinTicket;
import org.agora.classroom.SessionSummary;
import org.agora.lesson.LessonImporter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated hostile text where screens show it: garbage in the address (join code, device link,
 * session and lesson ids), stored names and arguments on the student's, review and dashboard
 * screens, and section text as the students read it. Text stays text: no element, attribute,
 * handler or script link comes from it, and no screen shows an exception.
 */
class HostileScreensTest extends KaribuTest {

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    LessonImporter importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void garbage_in_the_address_shows_a_message_or_the_page_never_an_error() {
        HostileInputs inputs = HostileInputs.forTest("addresses");
        HostileTally tally = new HostileTally("route and query parameters", jdbc);
        signInAs(Role.ADMIN);
        List<String> places = List.of(
                "join/",
                "resume/",
                "teacher/sessions/",
                "teacher/sessions/%s/review",
                "teacher/sessions/%s/projector",
                "admin/lessons/%s/edit",
                "lesson?section=",
                "wall?");
        for (int i = 0; i < 120; i++) {
            String garbage = i % 10 == 0 ? String.valueOf(Long.MAX_VALUE - i) : inputs.text(60);
            String place = places.get(i % places.size());
            String segment = URLEncoder.encode(garbage, StandardCharsets.UTF_8).replace("+", "%20");
            String path = place.contains("%s") ? place.formatted(segment) : place + segment;
            tally.attempt(path, () -> {
                navigateTo(path);
                assertNoTraceAndSafe(garbage);
                assertShowsSomethingClear(place, garbage, segment);
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(120);
    }

    @Test
    void stored_hostile_names_and_arguments_are_shown_as_text_on_every_screen() {
        HostileInputs inputs = HostileInputs.forTest("names and arguments on screens");
        HostileTally tally = new HostileTally("names and arguments shown on screens", jdbc);
        Fixtures.Account owner = signInAs(Role.TEACHER);
        SessionSummary session = fixtures.session(owner.actor(), Feedback.IMMEDIATE, 1);
        Map<String, String> arguments = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            String name = inputs.text(JoinService.NAME_MAX);
            String argument = inputs.sentence(AnswerInput.ARGUMENT_MAX);
            tally.attempt(name + " / " + argument, () -> {
                JoinTicket ticket = joins.join(session.joinCode(), name);
                names.put(ticket.resumeToken(), ticket.displayName());
                try {
                    answers.submit(
                            ticket.resumeToken(),
                            "s1-d1",
                            UUID.randomUUID().toString(),
                            AnswerInput.stance(3, argument));
                    arguments.put(
                            ticket.displayName(),
                            TextRules.withoutHiddenCharacters(argument, true).strip());
                } catch (BadInputException refused) {
                    HostileTally.assertClearMessage(refused, argument);
                }
            });
        }
        for (Map.Entry<String, String> student : names.entrySet()) {
            openAs(student.getKey(), "lesson");
            assertThat(_get(Span.class, s -> s.withId("student-name"))
                            .getElement()
                            .getTextRecursively())
                    .contains(student.getValue());
            assertNoTraceAndSafe(student.getValue());
        }
        reopenBrowser();
        signIn(owner.username(), Role.TEACHER);
        navigate("teacher/sessions/" + session.id());
        assertNoTraceAndSafe("dashboard");
        List<String> shownNames = texts();
        names.values().forEach(n -> assertThat(shownNames).as("dashboard names").contains(n));
        navigate("teacher/sessions/" + session.id() + "/review");
        List<String> shownArguments = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            assertNoTraceAndSafe("review");
            shownArguments.add(
                    _get(Paragraph.class, s -> s.withId("review-text")).getText());
            _get(Button.class, s -> s.withId("next-argument")).click();
        }
        assertThat(shownArguments).containsExactlyInAnyOrderElementsOf(arguments.values());
        tally.report();
        assertThat(names).hasSizeGreaterThan(10);
    }

    @Test
    void hostile_section_text_reaches_the_students_screen_as_allow_listed_html_only() throws Exception {
        HostileInputs inputs = HostileInputs.forTest("section text on the lesson screen");
        HostileTally tally = new HostileTally("section sentences rendered", jdbc);
        Actor teacher = fixtures.teacher();
        for (int i = 0; i < 10; i++) {
            List<String> sentences = new ArrayList<>();
            for (int s = 0; s < 6; s++) {
                sentences.add(inputs.sentence(80).replaceAll("\\s+", " ").strip() + " " + inputs.pick()
                        + " [link](javascript:alert(" + s + "))");
            }
            String json = lessonFile(sentences);
            tally.attempt(json, () -> {
                long revision = importer.importFile(fixtures.admin(), json.getBytes(StandardCharsets.UTF_8));
                SessionSummary session =
                        sessions.create(teacher, revision, "Hostile " + revision, Feedback.IMMEDIATE, 1);
                String token = joins.join(session.joinCode(), "Reader").resumeToken();
                openAs(token, "lesson");
                List<Element> html = new ArrayList<>();
                walkScreen(e -> {
                    if (e.hasProperty("innerHTML")) {
                        html.add(e);
                    }
                });
                Set<String> drawn = new HashSet<>();
                html.forEach(e -> java.util.regex.Pattern.compile("data-sentence=\"([^\"]+)\"")
                        .matcher(e.getProperty("innerHTML"))
                        .results()
                        .forEach(m -> drawn.add(m.group(1))));
                assertThat(drawn)
                        .as("each sentence drawn as HTML")
                        .containsExactlyInAnyOrder("s1-1", "s1-2", "s1-3", "s1-4", "s1-5", "s1-6");
                assertNoTraceAndSafe(json);
            });
        }
        tally.report();
        assertThat(tally.tried()).isEqualTo(10);
    }

    private void openAs(String token, String path) {
        reopenBrowser();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.addCookie(new Cookie(ResumeCookie.NAME, token));
        navigate(path);
    }

    /** As a browser's address: the part after "?" arrives as query parameters. */
    private static void navigateTo(String address) {
        int query = address.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent()
                    .navigate(address.substring(0, query), QueryParameters.fromString(address.substring(query + 1)));
        }
    }

    /** Whatever the address, the screen says something a person can act on. */
    private void assertShowsSomethingClear(String place, String garbage, String segment) {
        if (!_find(Paragraph.class, s -> s.withId("not-allowed")).isEmpty()) {
            return;
        }
        switch (place) {
            // The code from the link is offered as the field's text, decoded or as it came in the address.
            case "join/" ->
                assertThat(_get(TextField.class, s -> s.withId("join-code")).getValue())
                        .isIn(garbage.toUpperCase(Locale.ROOT), segment.toUpperCase(Locale.ROOT));
            // No token at all (an empty segment) asks for a teacher's code instead.
            case "resume/" ->
                assertThat(_find(Paragraph.class, s -> s.withId("link-unusable"))
                                        .size()
                                + _find(TextField.class, s -> s.withId("type-place-code"))
                                        .size())
                        .isEqualTo(1);
            default -> assertThat(texts()).as("a screen with text").isNotEmpty();
        }
    }

    /** No element holds HTML beyond the allow-list, and no text on the screen is an exception or a stack frame. */
    private static void assertNoTraceAndSafe(String input) {
        walkScreen(e -> {
            if (e.hasProperty("innerHTML")) {
                SafeHtml.assertSafe(e.getProperty("innerHTML"), input);
            }
            e.getAttributeNames()
                    .forEach(a -> assertThat(a).as("attribute of " + e.getTag()).doesNotStartWith("on"));
            String text = e.getText();
            assertThat(text)
                    .as("text on the screen")
                    .doesNotContain("Exception")
                    .doesNotContain("at org.agora");
        });
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>();
        walkScreen(e -> {
            if (!e.getText().isBlank()) {
                texts.add(e.getText());
            }
            // What the browser shows of HTML drawn on the server (a grid row, an option group); a
            // grid row's name comes after a space that keeps it apart from the presence dot.
            if (e.hasProperty("innerHTML")) {
                Jsoup.parseBodyFragment(e.getProperty("innerHTML")).body().getAllElements().stream()
                        .map(drawn -> drawn.wholeOwnText())
                        .filter(text -> !text.isBlank())
                        .map(text -> text.startsWith(" ") ? text.substring(1) : text)
                        .forEach(texts::add);
            }
        });
        return texts;
    }

    /** Every element of the screen: each component's element and the plain elements under it. */
    private static void walkScreen(Consumer<Element> visit) {
        _find(Component.class).forEach(c -> walk(c.getElement(), visit));
    }

    private static void walk(Element element, Consumer<Element> visit) {
        visit.accept(element);
        element.getChildren().forEach(child -> walk(child, visit));
    }

    private static String lessonFile(List<String> sentences) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var file = json.createObjectNode().put("format", "agora-lesson").put("version", 1);
        var lesson = file.putObject("lesson")
                .put("slug", "screen-" + UUID.randomUUID().toString().substring(0, 8))
                .put("title", "Hostile text")
                .put("language", "en");
        var section = lesson.putArray("sections").addObject().put("key", "s1").put("title", "Section");
        var paragraph = section.putArray("paragraphs").addArray();
        for (int i = 0; i < sentences.size(); i++) {
            paragraph.addObject().put("id", "s1-" + (i + 1)).put("text", sentences.get(i));
        }
        section.putArray("questions")
                .addObject()
                .put("key", "s1-d1")
                .put("type", "DEBATE")
                .put("prompt", "Agree?");
        return file.toString();
    }
}
