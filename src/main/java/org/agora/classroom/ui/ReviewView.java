package org.agora.classroom.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.account.Actor;
import org.agora.account.CurrentActor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.base.ui.MainLayout;
import org.agora.base.ui.OwnText;
import org.agora.base.ui.RefusalNotice;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.ReviewItem;
import org.agora.classroom.ReviewService;
import org.agora.classroom.RubricFeedback;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.Wall;
import org.agora.classroom.WallStatus;
import org.agora.lesson.LessonCatalog;
import org.agora.lesson.LessonContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SentenceContent;
import org.agora.lesson.QuestionType;

/**
 * The teacher reads a debate question's arguments one after another and scores each with the
 * rubric (claim, evidence, reasoning; 0-2) and a comment, by keyboard if they like: arrows in
 * the scores, Ctrl+Enter to save and go on. Approve or hide for the wall, spotlight one, and
 * release all scored feedback to the students in one go. What the teacher types stays in the
 * form, argument by argument, until it is saved; each question says how many approvals its wall
 * still needs, and all its waiting arguments can be approved at once.
 */
@Route(value = "teacher/sessions/:sessionId(\\d{1,18})/review", layout = MainLayout.class)
@RolesAllowed({"TEACHER", "ADMIN"})
class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final ClassSessionService sessions;
    private final LessonCatalog lessons;
    private final CurrentActor currentActor;

    private final Select<QuestionContent> question = new Select<>();
    private final Paragraph position = new Paragraph();
    private final Div argument = new Div();
    private final Map<RubricCriterion, RadioButtonGroup<Integer>> scores = new EnumMap<>(RubricCriterion.class);
    private final TextArea comment = new TextArea();
    private final Paragraph wallState = new Paragraph();
    private final Button save = new Button();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button approve = new Button();
    private final Button hide = new Button();
    private final Button spotlight = new Button();
    private final Button release = new Button();
    private final Paragraph summary = new Paragraph();
    private final Paragraph wallCount = new Paragraph();
    private final Button approveAll = new Button();
    private final Div wallSummary = new Div();
    private final Div rubric = new Div();
    private final Div actions = new Div();
    private final Div wallActions = new Div();

    private Actor actor;
    private long sessionId;
    private LessonContent content;
    private List<ReviewItem> items = List.of();
    private int index;
    private boolean wallNames;
    /** What the teacher typed and has not saved yet, by argument: kept through every other click. */
    private final Map<Long, Form> unsaved = new HashMap<>();
    /** True while the form is being filled from an argument, not typed in. */
    private boolean filling;

    ReviewView(ReviewService reviews, ClassSessionService sessions, LessonCatalog lessons, CurrentActor currentActor) {
        this.reviews = reviews;
        this.sessions = sessions;
        this.lessons = lessons;
        this.currentActor = currentActor;
        addClassName("agora-review");
        question.setId("review-question");
        question.setLabel(getTranslation("review.question"));
        question.setItemLabelGenerator(q -> q.key() + " · " + q.prompt());
        question.setWidthFull();
        question.addValueChangeListener(e -> {
            index = 0;
            load();
        });

        position.setId("review-position");
        argument.setId("review-argument");
        argument.addClassName("agora-result");
        comment.setId("review-comment");
        OwnText.isolateInput(comment);
        comment.setLabel(getTranslation("review.comment"));
        comment.setWidthFull();
        comment.setMaxLength(RubricFeedback.COMMENT_MAX);
        for (RubricCriterion criterion : RubricCriterion.values()) {
            RadioButtonGroup<Integer> group = score(criterion);
            group.addValueChangeListener(change -> {
                group.setInvalid(false);
                formChanged();
            });
            scores.put(criterion, group);
            rubric.add(group);
        }
        comment.addValueChangeListener(change -> formChanged());
        rubric.addClassName("agora-rubric");

        save.setText(getTranslation("review.save"));
        save.setId("save-review");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> saveAndNext());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        previous.setText(getTranslation("review.previous"));
        previous.setId("previous-argument");
        previous.addClickListener(click -> go(index - 1));
        next.setText(getTranslation("review.next"));
        next.setId("next-argument");
        next.addClickListener(click -> go(index + 1));
        approve.setText(getTranslation("review.approve"));
        approve.setId("approve-argument");
        approve.addClickListener(click -> moderate(WallStatus.APPROVED));
        hide.setText(getTranslation("review.hide"));
        hide.setId("hide-argument");
        hide.addClickListener(click -> moderate(WallStatus.HIDDEN));
        spotlight.setText(getTranslation("review.spotlight"));
        spotlight.setId("spotlight-argument");
        spotlight.addClickListener(click -> spotlight());
        wallState.setId("review-wall-state");
        actions.add(previous, save, next);
        actions.addClassName("agora-actions");
        wallActions.add(wallState, approve, hide, spotlight);
        wallActions.addClassName("agora-actions");

        wallCount.setId("review-wall-count");
        approveAll.setText(getTranslation("review.approve-all"));
        approveAll.setId("approve-all");
        approveAll.addClickListener(click -> approveAll());
        wallSummary.add(wallCount, approveAll);
        wallSummary.addClassName("agora-actions");

        release.setText(getTranslation("review.release"));
        release.setId("release-feedback");
        release.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        release.addClickListener(click -> release());
        summary.setId("review-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = currentActor.require();
        sessionId = event.getRouteParameters().getLong("sessionId").orElse(-1L);
        SessionSummary session;
        try {
            session = sessions.get(actor, sessionId);
        } catch (NotAllowedException refused) {
            removeAll();
            add(new RefusalNotice(refused));
            return;
        }
        content = lessons.content(session.revisionId());
        wallNames = session.wallNames();
        layout(session);
    }

    private void layout(SessionSummary session) {
        removeAll();
        Anchor back = new Anchor("teacher/sessions/" + sessionId, getTranslation("review.back"));
        back.setId("back-to-dashboard");
        List<QuestionContent> debates = content.allQuestions().stream()
                .filter(q -> q.type() == QuestionType.DEBATE)
                .toList();
        question.setItems(debates);
        add(
                new H2(getTranslation("review.title", session.title())),
                back,
                question,
                summary,
                release,
                wallSummary,
                position,
                argument,
                rubric,
                comment,
                actions,
                wallActions);
        if (debates.isEmpty()) {
            position.setText(getTranslation("review.no-debate"));
        } else {
            question.setValue(debates.get(0));
        }
    }

    private void load() {
        if (question.getValue() == null) {
            return;
        }
        items = reviews.arguments(actor, sessionId, question.getValue().key());
        index = Math.max(0, Math.min(index, items.size() - 1));
        show();
    }

    private void show() {
        long scored = items.stream().filter(ReviewItem::scored).count();
        long unreleased =
                items.stream().filter(i -> i.scored() && !i.released()).count();
        summary.setText(getTranslation("review.summary", scored, items.size(), unreleased));
        showWallCount();
        boolean any = !items.isEmpty();
        approveAll.setEnabled(any);
        for (RadioButtonGroup<Integer> group : scores.values()) {
            group.setEnabled(any);
            group.setInvalid(false);
        }
        comment.setEnabled(any);
        save.setEnabled(any);
        approve.setEnabled(any);
        hide.setEnabled(any);
        spotlight.setEnabled(any);
        previous.setEnabled(index > 0);
        next.setEnabled(index < items.size() - 1);
        argument.removeAll();
        if (!any) {
            position.setText(getTranslation("review.none"));
            wallState.setText("");
            fill(Form.EMPTY);
            return;
        }
        ReviewItem item = items.get(index);
        position.setText(getTranslation("review.position", index + 1, items.size()));
        Span who = OwnText.span(item.studentName());
        who.setId("review-student");
        who.addClassName("agora-kind");
        argument.add(who, new H3(getTranslation("stance." + item.stance())), quote(item.argument()));
        if (!item.citations().isEmpty()) {
            Map<String, String> texts = content.sections().stream()
                    .flatMap(s -> s.sentences())
                    .collect(Collectors.toMap(SentenceContent::key, SentenceContent::text));
            UnorderedList cited = new UnorderedList();
            item.citations().forEach(key -> cited.add(new ListItem(texts.getOrDefault(key, key))));
            argument.add(new Paragraph(getTranslation("review.cites")), cited);
        }
        fill(unsaved.getOrDefault(item.answerId(), Form.of(item)));
        wallState.setText(getTranslation("review.wall." + item.wall().name().toLowerCase(Locale.ROOT)
                + (item.wall() == WallStatus.APPROVED && wallNames ? ".named" : "")));
        scores.get(RubricCriterion.CLAIM).getElement().callJsFunction("focus");
    }

    private void fill(Form form) {
        filling = true;
        try {
            for (RubricCriterion criterion : RubricCriterion.values()) {
                scores.get(criterion).setValue(form.scores().get(criterion.ordinal()));
            }
            comment.setValue(form.comment());
        } finally {
            filling = false;
        }
    }

    /** Remembers what the teacher typed for the argument shown, until it is saved or typed back. */
    private void formChanged() {
        if (filling || items.isEmpty()) {
            return;
        }
        ReviewItem item = items.get(index);
        Form typed = new Form(
                Arrays.stream(RubricCriterion.values())
                        .map(c -> scores.get(c).getValue())
                        .toList(),
                comment.getValue());
        if (typed.equals(Form.of(item))) {
            unsaved.remove(item.answerId());
        } else {
            unsaved.put(item.answerId(), typed);
        }
    }

    /** How many arguments of the question are approved, and how many more the wall and the spotlight need. */
    private void showWallCount() {
        long approved =
                items.stream().filter(i -> i.wall() == WallStatus.APPROVED).count();
        wallCount.setText(
                approved >= Wall.MIN_ARGUMENTS
                        ? getTranslation("review.wall.count.enough", approved)
                        : getTranslation(
                                "review.wall.count.short",
                                approved,
                                Wall.MIN_ARGUMENTS,
                                Wall.MIN_ARGUMENTS - approved));
    }

    private static Paragraph quote(String text) {
        Paragraph quote = OwnText.isolate(new Paragraph(text));
        quote.setId("review-text");
        quote.addClassName("agora-quote");
        return quote;
    }

    private void saveAndNext() {
        if (items.isEmpty()) {
            return;
        }
        List<RubricCriterion> missing = Arrays.stream(RubricCriterion.values())
                .filter(c -> scores.get(c).getValue() == null)
                .toList();
        if (!missing.isEmpty()) {
            for (RubricCriterion criterion : missing) {
                scores.get(criterion).setErrorMessage(getTranslation("review.score.missing.one", partName(criterion)));
                scores.get(criterion).setInvalid(true);
            }
            Notification.show(getTranslation("review.score.missing", partNames(missing)));
            return;
        }
        try {
            ReviewItem saved = reviews.score(
                    actor,
                    sessionId,
                    items.get(index).answerId(),
                    scores.get(RubricCriterion.CLAIM).getValue(),
                    scores.get(RubricCriterion.EVIDENCE).getValue(),
                    scores.get(RubricCriterion.REASONING).getValue(),
                    comment.getValue());
            unsaved.remove(saved.answerId());
            replace(saved);
            index = Math.min(index + 1, items.size() - 1);
            show();
        } catch (BadInputException refused) {
            comment.setErrorMessage(getTranslation(refused.key(), refused.args()));
            comment.setInvalid(true);
        }
    }

    private void moderate(WallStatus status) {
        try {
            replace(reviews.moderate(actor, sessionId, items.get(index).answerId(), status));
            show();
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
            load();
        }
    }

    /** Approves every listed argument that waits for approval; what the teacher hid stays hidden. */
    private void approveAll() {
        long hidden = items.stream().filter(i -> i.wall() == WallStatus.HIDDEN).count();
        try {
            int approved = reviews.approveWaiting(
                    actor,
                    sessionId,
                    question.getValue().key(),
                    items.stream().map(ReviewItem::answerId).toList());
            Notification.show(getTranslation("review.approved-all", approved, hidden));
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
        }
        load();
    }

    private void spotlight() {
        try {
            reviews.spotlight(actor, sessionId, items.get(index).answerId());
            Notification.show(getTranslation("review.spotlight.done"));
        } catch (BadInputException refused) {
            Notification.show(getTranslation(refused.key(), refused.args()));
        }
    }

    private void release() {
        int released = reviews.release(actor, sessionId);
        Notification.show(getTranslation("review.released", released));
        load();
    }

    private void go(int to) {
        if (to >= 0 && to < items.size()) {
            index = to;
            show();
        }
    }

    private void replace(ReviewItem saved) {
        items = items.stream()
                .map(i -> i.answerId() == saved.answerId() ? saved : i)
                .toList();
    }

    private String partName(RubricCriterion criterion) {
        return getTranslation("review.part." + criterion.key());
    }

    /** "evidence", "evidence and reasoning", "claim, evidence and reasoning". */
    private String partNames(List<RubricCriterion> parts) {
        List<String> names = parts.stream().map(this::partName).toList();
        return switch (names.size()) {
            case 1 -> names.get(0);
            case 2 -> getTranslation("review.parts.two", names.get(0), names.get(1));
            default -> getTranslation("review.parts.three", names.get(0), names.get(1), names.get(2));
        };
    }

    private static RadioButtonGroup<Integer> score(RubricCriterion criterion) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.setLabel(I18NProvider.translate("review." + criterion.key()));
        group.setItems(
                IntStream.rangeClosed(0, RubricFeedback.SCORE_MAX).boxed().toList());
        group.setItemLabelGenerator(level ->
                I18NProvider.translate("review.level", level, I18NProvider.translate(criterion.levelKey(level))));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setId("score-" + criterion.key());
        return group;
    }

    /** The form for one argument: a score or null per criterion, in their order, and the comment. */
    private record Form(List<Integer> scores, String comment) {

        static final Form EMPTY = new Form(Arrays.asList(new Integer[RubricCriterion.values().length]), "");

        static Form of(ReviewItem item) {
            return new Form(
                    Arrays.stream(RubricCriterion.values()).map(c -> c.of(item)).toList(),
                    item.comment() == null ? "" : item.comment());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title");
    }
}
