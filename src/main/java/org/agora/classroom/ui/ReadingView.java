package org.agora.classroom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.agora.base.Refusal;
import org.agora.base.SessionOccupant;
import org.agora.base.live.LiveUpdateHub;
import org.agora.base.ui.BrowserZone;
import org.agora.base.ui.LiveRefresh;
import org.agora.base.ui.OwnText;
import org.agora.classroom.AnswerService;
import org.agora.classroom.BeforeReading;
import org.agora.classroom.ClassState;
import org.agora.classroom.DebateGate;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.Pacing;
import org.agora.classroom.Presence;
import org.agora.classroom.SavedAnswer;
import org.agora.classroom.SectionRules;
import org.agora.classroom.StudentPlace;
import org.agora.classroom.StudentService;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.QuestionType;

/**
 * The student's lesson: one section of the article at a time with its questions. Everything
 * shown is rebuilt from the database, so a reload or a restart returns to the same place; the
 * teacher's pacing (opening, locking, revealing) arrives by server push.
 */
@Route("lesson")
@AnonymousAllowed
class ReadingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StudentService students;
    private final AnswerService answers;
    private final LessonCatalog lessons;
    private final DeviceLinks links;
    private final Presence presence;
    /** Ends this screen's presence; set while the screen shows a student's lesson. */
    private Runnable leave = () -> {};
    /** The browser's time zone once known, for the times this screen names. */
    private ZoneId zone = ZoneId.systemDefault();

    /** This student's own changes made elsewhere (another tab, a mark the teacher changed), read for this screen. */
    private final LiveRefresh<StudentPlace> live;
    /** The class's shared state (pacing, wall, reviews), read once for every screen of the class. */
    private final ClassFeed classFeed;

    private LiveUpdateHub.Subscription followingClass = () -> {};
    /** The latest shared state shown, so that an older read of this student's own cannot take it back. */
    private ClassState shownState;

    private final Header header = new Header();
    private final Span lessonTitle = new Span();
    private final Span who = new Span();
    private final Button wallButton = new Button();
    private final Paragraph banner = new Paragraph();
    private final Button previous = new Button();
    private final Button next = new Button();
    /** The poll before reading, above the first section's text. */
    private final Div beforeReading = new Div();

    private final Article article = new Article();
    private final Div questions = new Div();
    private final Nav pager = new Nav();
    private final Paragraph endOfLesson = new Paragraph();
    /** One card per question for the life of the screen, so drafts survive section changes. */
    private final Map<String, QuestionCard> cards = new HashMap<>();
    /** The section's text, where an evidence question's sentence can be picked. */
    private final SentencePicking picking = new SentencePicking(article, this::focusPick);
    /** The latest stored answer of each question, kept current as the student sends. */
    private final Map<String, SavedAnswer> answered = new HashMap<>();

    private volatile String token;
    private StudentPlace place;
    private LessonContent content;
    private int sectionIndex;
    /** The furthest section this screen has moved to. */
    private int furthestSection;
    /** Whether the section on screen was readable when last drawn; a change means a redraw. */
    private boolean shownVisible;

    ReadingView(
            StudentService students,
            AnswerService answers,
            LessonCatalog lessons,
            DeviceLinks links,
            Presence presence,
            LiveUpdateHub hub,
            ClassFeed classFeed) {
        this.classFeed = classFeed;
        this.students = students;
        this.presence = presence;
        this.links = links;
        this.answers = answers;
        this.lessons = lessons;
        this.live = new LiveRefresh<>(this, hub, () -> students.resume(token).orElse(null), this::apply);
        addClassName("agora-lesson");
        header.addClassName("agora-lesson-header");
        article.addClassName("agora-article");
        questions.addClassName("agora-questions");
        pager.addClassName("agora-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("lesson.sections"));
        endOfLesson.setId("end-of-lesson");
        endOfLesson.addClassName("agora-end");
        addDetachListener(detach -> leave.run());
        beforeReading.addClassName("agora-before-reading");
        add(header, beforeReading, article, questions, pager);
        buildHeader();
        buildPager();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lesson.page-title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = ResumeCookie.read().orElse(null);
        place = token == null ? null : students.resume(token).orElse(null);
        if (place == null) {
            event.forwardTo(StartView.class);
            return;
        }
        SessionOccupant.studentHere(event.getUI().getSession().getSession());
        content = lessons.content(place.revisionId());
        sectionIndex = Math.min(place.currentSection(), content.sections().size() - 1);
        furthestSection = sectionIndex;
        answered.putAll(place.answers());
        showHeader();
        renderSection();
        UI ui = event.getUI();
        // This screen's own answers are shown by their card at once; reloading for them is work done twice.
        live.follow(ui, place.sessionId(), place.concernsMe().and(LiveRefresh.fromElsewhere(ui)));
        followingClass.cancel();
        followingClass = classFeed.follow(this, ui, place.sessionId(), this::follow);
        leave.run();
        leave = presence.enter(place.sessionId(), place.participantId());
        BrowserZone.ask(event.getUI(), known -> zone = known);
        if (place.rules().closesAt() != null && !place.rules().pastClosingTime()) {
            live.refreshAt(event.getUI(), place.rules().closesAt());
        }
    }

    /**
     * The class's new state, read once for all its screens: shown without a query, unless it is
     * older than what this screen shows already. Empty: the session is gone.
     */
    void follow(Optional<ClassState> state) {
        if (state.isEmpty()) {
            gone();
            return;
        }
        if (state.get().version() < place.version()) {
            return;
        }
        shownState = state.get();
        apply(students.under(place, answered, state.get()));
    }

    /** A live update: this student's own place, read again, or the class's new state applied to it. */
    void apply(StudentPlace fresh) {
        if (fresh == null) {
            gone();
            return;
        }
        int openBefore = place.rules().openSections();
        // A load that began before this screen's own last send must not take that answer back.
        fresh.answers()
                .forEach((key, incoming) -> answered.merge(
                        key, incoming, (held, newer) -> newer.attemptsUsed() >= held.attemptsUsed() ? newer : held));
        // Nor may a read of this student's own that began before the class's last change take that change back.
        place = shownState != null && fresh.version() < shownState.version()
                ? students.under(fresh, answered, shownState)
                : fresh;
        showHeader();
        int openNow = fresh.rules().openSections();
        if (fresh.rules().pacing() == Pacing.LIVE
                && openNow > openBefore
                && openBefore > 0
                && sectionIndex == openBefore - 1) {
            // Teacher-paced: the class moves on together (the server moved every student at once);
            // drafts stay with their cards.
            show(openNow - 1);
        } else if (fresh.rules().visible(sectionIndex) != shownVisible) {
            renderSection();
        } else {
            updateCards();
            renderPager();
            updateEndOfLesson();
        }
    }

    /** The teacher deleted the session or this student: the screen says which, and stops following. */
    private void gone() {
        live.stop();
        followingClass.cancel();
        leave.run();
        leave = () -> {};
        removeAll();
        add(new ClassGone(!students.sessionExists(place.sessionId())));
    }

    /** The header's parts, made once; {@link #showHeader()} changes only what the class's state changes. */
    private void buildHeader() {
        lessonTitle.addClassName("agora-lesson-title");
        who.setId("student-name");
        who.addClassName("agora-who");
        Button device = new Button(
                getTranslation("lesson.another-device"),
                VaadinIcon.MOBILE.create(),
                click -> new DeviceLinkDialog(links, token, zone).open());
        device.setId("another-device");
        device.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        wallButton.setText(getTranslation("lesson.wall"));
        wallButton.setIcon(VaadinIcon.COMMENTS_O.create());
        wallButton.addClickListener(click -> openWall());
        wallButton.setId("open-wall");
        wallButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        banner.setId("session-closed");
        banner.addClassName("agora-banner");
        header.add(lessonTitle, who, device, wallButton, banner);
    }

    private void showHeader() {
        if (lessonTitle.getText().isEmpty()) {
            lessonTitle.setText(content.title());
            who.add(OwnText.sentence(
                    "lesson.who", OwnText.typed(place.displayName()), OwnText.typed(place.sessionTitle())));
        }
        wallButton.setVisible(place.wallOpen());
        String closed = place.rules().pastClosingTime()
                ? "lesson.banner.past-closing-time"
                : !place.open() ? "lesson.banner.session-closed" : null;
        banner.setVisible(closed != null);
        if (closed != null) {
            banner.setText(getTranslation(closed));
        }
    }

    /** Leaving for the wall would drop unsent drafts: ask first. */
    private void openWall() {
        if (cards.values().stream().noneMatch(QuestionCard::hasUnsentChanges)) {
            getUI().ifPresent(ui -> ui.navigate(WallView.class));
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("lesson.leave.title"),
                getTranslation("lesson.leave.text"),
                getTranslation("lesson.leave.confirm"),
                yes -> getUI().ifPresent(ui -> ui.navigate(WallView.class)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("lesson.leave.cancel"));
        confirm.open();
    }

    private void renderSection() {
        SectionRules rules = place.rules();
        SectionContent section = content.sections().get(sectionIndex);
        shownVisible = rules.visible(sectionIndex);
        article.removeAll();
        questions.removeAll();
        beforeReading.removeAll();
        letGoOfOtherSections();
        Span position = new Span(getTranslation(
                "lesson.position", sectionIndex + 1, content.sections().size()));
        position.addClassName("agora-section-position");
        article.add(position);
        if (sectionIndex == 0 && content.pollBefore() != null) {
            beforeReading.add(card(content.pollBefore(), null));
        }
        beforeReading.setVisible(beforeReading.getComponentCount() > 0);
        if (!shownVisible) {
            H2 title = new H2(getTranslation("lesson.waiting.title"));
            title.setId("section-title");
            title.getElement().setAttribute("tabindex", "-1");
            Paragraph waiting = new Paragraph(getTranslation("lesson.waiting.text"));
            waiting.setId("waiting");
            waiting.addClassName("agora-waiting");
            waiting.getElement().setAttribute("role", "status");
            article.add(title, waiting);
        } else {
            renderText(section);
            if (!section.questions().isEmpty()) {
                H2 heading = new H2(getTranslation("lesson.questions"));
                heading.addClassName("agora-questions-heading");
                questions.add(heading);
            }
            if (place.wallNames() && section.questions().stream().anyMatch(q -> q.type() == QuestionType.DEBATE)) {
                Paragraph named = new Paragraph(getTranslation("lesson.wall-names"));
                named.setId("wall-names-note");
                named.addClassName("agora-banner");
                questions.add(named);
            }
            section.questions().forEach(q -> questions.add(card(q, section)));
            if (sectionIndex == content.sections().size() - 1) {
                if (content.pollAfter() != null) {
                    questions.add(card(content.pollAfter(), null));
                }
                questions.add(endOfLesson);
            }
        }
        updateCards();
        renderPager();
        updateEndOfLesson();
    }

    private void renderText(SectionContent section) {
        H2 title = new H2(section.title());
        title.setId("section-title");
        title.getElement().setAttribute("tabindex", "-1");
        article.add(title);
        picking.show(article, section);
        String note =
                content.source().note() == null ? "" : " " + content.source().note();
        Paragraph source = new Paragraph(content.source().line() + note);
        source.addClassName("agora-source");
        article.add(source);
    }

    /**
     * The cards of the sections not shown are let go of, so a screen holds one section's components
     * however far the student has read: their answers are in {@link #answered} and going back builds
     * them again. A card with an unsent draft is kept, so the draft survives moving between sections.
     */
    private void letGoOfOtherSections() {
        Set<String> shown = new HashSet<>();
        if (shownVisible) {
            content.sections().get(sectionIndex).questions().forEach(q -> shown.add(q.key()));
            if (sectionIndex == 0 && content.pollBefore() != null) {
                shown.add(content.pollBefore().key());
            }
            if (sectionIndex == content.sections().size() - 1 && content.pollAfter() != null) {
                shown.add(content.pollAfter().key());
            }
        } else if (sectionIndex == 0 && content.pollBefore() != null) {
            shown.add(content.pollBefore().key());
        }
        cards.entrySet()
                .removeIf(held ->
                        !shown.contains(held.getKey()) && !held.getValue().hasUnsentChanges());
    }

    /** The keys of the question cards this screen holds, shown or keeping a draft. */
    Set<String> heldCards() {
        return Set.copyOf(cards.keySet());
    }

    private QuestionCard card(QuestionContent question, SectionContent section) {
        return cards.computeIfAbsent(
                question.key(),
                key -> new QuestionCard(
                        question,
                        section,
                        (k, submissionId, input) -> {
                            SavedAnswer stored = answers.submit(token, k, submissionId, input);
                            answered.put(k, stored);
                            // A gate may open with this answer; the end of the lesson counts it.
                            updateCards();
                            updateEndOfLesson();
                            return stored;
                        },
                        picking));
    }

    /** Gives keyboard focus back to the question whose picking was cancelled, if it is on screen. */
    private void focusPick(String question) {
        if (cards.containsKey(question)) {
            cards.get(question).focusPick();
        }
    }

    /** Each card on screen shows its stored answer and whether it takes answers now, and why not. */
    private void updateCards() {
        SectionRules rules = place.rules();
        for (QuestionContent question : content.allQuestions()) {
            QuestionCard card = cards.get(question.key());
            if (card == null) {
                continue;
            }
            int index = content.sectionIndexOf(question.key());
            String reason = rules.whyNotAnswerable(index);
            Object[] reasonArgs = {};
            if (reason == null
                    && question.type() == QuestionType.DEBATE
                    && !DebateGate.isOpen(rules.gate(), content.sections().get(index), answered)) {
                Refusal closed = DebateGate.whyClosed(
                        rules.gate(), content, content.sections().get(index), answered);
                reason = closed.key();
                reasonArgs = closed.args();
            }
            if (reason == null && question.type() == QuestionType.POLL_BEFORE && readingStarted()) {
                reason = answered.containsKey(question.key())
                        ? "lesson.poll-before.closed"
                        : "answer.refused.poll-before-closed";
            }
            card.update(answered.get(question.key()), reason, reasonArgs);
            if (reason != null && question.key().equals(picking.question())) {
                picking.stop();
            }
        }
    }

    /** Whether the student has started reading here or elsewhere: the poll before reading is over. */
    private boolean readingStarted() {
        return place.readingStarted()
                || BeforeReading.over(
                        furthestSection, answered.keySet(), content.pollBefore().key());
    }

    /** The pager's two buttons, made once; {@link #renderPager()} changes their state only. */
    private void buildPager() {
        previous.setText(getTranslation("lesson.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.setId("previous-section");
        previous.addClickListener(c -> go(sectionIndex - 1));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setId("next-section");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClickListener(c -> go(sectionIndex + 1));
        pager.add(previous, next);
    }

    private void renderPager() {
        previous.setEnabled(sectionIndex > 0);
        boolean last = sectionIndex >= content.sections().size() - 1;
        boolean nextOpen = !last && place.rules().visible(sectionIndex + 1);
        next.setText(getTranslation(last || nextOpen ? "lesson.next" : "lesson.next.not-open"));
        next.setEnabled(nextOpen);
    }

    /** The student moves to another section: remembered, so that a reload comes back to it. */
    private void go(int index) {
        if (index < 0 || index >= content.sections().size() || !place.rules().visible(index)) {
            return;
        }
        students.moveTo(token, index);
        show(index);
    }

    /** Shows another section, which the database knows already as this student's. */
    private void show(int index) {
        sectionIndex = index;
        furthestSection = Math.max(furthestSection, index);
        renderSection();
        getElement().executeJs("window.scrollTo(0, 0); document.getElementById('section-title').focus()");
    }

    /** The last section ends with how much of the lesson this student has answered. */
    private void updateEndOfLesson() {
        long total = content.allQuestions().size();
        long done = content.allQuestions().stream()
                .filter(q -> answered.containsKey(q.key()))
                .count();
        endOfLesson.setText(
                getTranslation(done < total ? "lesson.end.unfinished" : "lesson.end.finished", done, total) + shift());
    }

    /** The student's own opinion shift, once both polls are answered. */
    private String shift() {
        if (content.pollBefore() == null || content.pollAfter() == null) {
            return "";
        }
        SavedAnswer before = answered.get(content.pollBefore().key());
        SavedAnswer after = answered.get(content.pollAfter().key());
        if (before == null || after == null) {
            return "";
        }
        int from = before.input().stance();
        int to = after.input().stance();
        return " "
                + getTranslation(
                        from == to ? "lesson.shift.same" : "lesson.shift.moved",
                        StanceField.label(from),
                        StanceField.label(to));
    }
}
