package org.agora.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.agora.AgoraTest;
import org.agora.Fixtures;
import org.agora.account.Actor;
import org.agora.base.BadInputException;
import org.agora.base.NotAllowedException;
import org.agora.classroom.AnswerInput;
import org.agora.classroom.AnswerService;
import org.agora.classroom.ClassSessionService;
import org.agora.classroom.Feedback;
import org.agora.classroom.JoinService;
import org.agora.classroom.SessionSummary;
import org.agora.classroom.StudentService;
import org.agora.dashboard.BoardService;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonDraft.Details;
import org.agora.lesson.LessonDraft.SectionDraft;
import org.agora.lesson.LessonFile.QuestionDoc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LessonEditingTest extends AgoraTest {

    @Autowired
    BoardService boards;

    @Autowired
    LessonEditing editing;

    @Autowired
    LessonImporter importer;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    ClassSessionService sessions;

    @Autowired
    JoinService joins;

    @Autowired
    AnswerService answers;

    @Autowired
    StudentService students;

    @Autowired
    Fixtures fixtures;

    private Actor admin;
    private String slug;
    private long firstRevision;
    private long lessonId;

    /** A copy of the bundled lesson under a new name, so that editing it leaves other tests alone. */
    @BeforeEach
    void importCopy() throws Exception {
        admin = fixtures.admin();
        LessonFile bundled;
        try (InputStream in = getClass().getResourceAsStream("/lessons/kazakhstan-syria.json")) {
            bundled = new LessonFileReader().read(in);
        }
        slug = "edit-" + UUID.randomUUID().toString().substring(0, 8);
        LessonFile.LessonDoc doc = bundled.lesson();
        firstRevision = importer.importPublished(new LessonFile(
                bundled.format(),
                bundled.version(),
                new LessonFile.LessonDoc(
                        slug, "Copy " + slug, doc.language(), doc.level(), doc.source(), doc.poll(), doc.sections())));
        lessonId = editing.overview(admin).stream()
                .filter(l -> l.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .lessonId();
    }

    private static LessonDraft withFirstSection(LessonDraft draft, SectionDraft section) {
        List<SectionDraft> sections = new ArrayList<>(draft.sections());
        sections.set(0, section);
        return draft.withSections(sections);
    }

    private static LessonDraft retitled(LessonDraft draft, String title) {
        Details d = draft.details();
        return draft.withDetails(
                new Details(title, d.language(), d.level(), d.author(), d.publication(), d.date(), d.url(), d.note()));
    }

    private long offeredRevision() {
        return catalog.publishedLessons().stream()
                .filter(l -> l.slug().equals(slug))
                .findFirst()
                .orElseThrow()
                .revisionId();
    }

    @Test
    void a_class_bound_to_revision_1_still_reads_revision_1_with_its_answers_after_revision_2_is_published() {
        Actor teacher = fixtures.teacher();
        SessionSummary session = sessions.create(teacher, firstRevision, "Before the edit", Feedback.IMMEDIATE, 2);
        String token = joins.join(session.joinCode(), "Ana").resumeToken();
        LessonContent before = catalog.content(firstRevision);
        QuestionContent single = before.sections().get(0).questions().stream()
                .filter(q -> q.type() == QuestionType.SINGLE_CHOICE)
                .findFirst()
                .orElseThrow();
        answers.submit(
                token,
                single.key(),
                UUID.randomUUID().toString(),
                AnswerInput.choice(List.of(String.valueOf(single.options().stream()
                        .filter(o -> o.correct())
                        .findFirst()
                        .orElseThrow()
                        .id()))));
        var resultsBefore = boards.board(teacher, session.id()).results().questions();

        LessonDraft draft = editing.open(admin, lessonId);
        SectionDraft first = draft.sections().get(0);
        String newText = "Kazakhstan *offered* its capital for the talks. " + first.markdown();
        LessonDraft saved = editing.save(admin, withFirstSection(draft, first.withMarkdown(newText)));

        assertThat(editing.state(admin, lessonId).published()).isFalse();
        assertThat(editing.state(admin, lessonId).revisionNumber()).isEqualTo(2);
        assertThat(offeredRevision()).as("a draft is offered to no class").isEqualTo(firstRevision);

        editing.publish(admin, saved);

        long second = offeredRevision();
        assertThat(second).isNotEqualTo(firstRevision);
        assertThat(catalog.content(second)
                        .sections()
                        .get(0)
                        .sentences()
                        .findFirst()
                        .orElseThrow()
                        .text())
                .isEqualTo("Kazakhstan offered its capital for the talks.");
        assertThat(catalog.content(firstRevision)).isEqualTo(before);
        assertThat(students.resume(token).orElseThrow().revisionId()).isEqualTo(firstRevision);
        assertThat(students.resume(token).orElseThrow().answers()).containsKey(single.key());
        assertThat(boards.board(teacher, session.id()).results().questions()).isEqualTo(resultsBefore);
        assertThat(sessions.create(teacher, second, "After the edit", Feedback.IMMEDIATE, 2)
                        .revisionId())
                .isEqualTo(second);
    }

    @Test
    void turning_on_near_spellings_is_stored_with_the_question_in_the_new_revision_only() {
        LessonDraft draft = editing.open(admin, lessonId);
        SectionDraft first = draft.sections().get(0);
        List<QuestionDoc> questions = new ArrayList<>(first.questions());
        int at = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).type().equals("SHORT_TEXT")) {
                at = i;
            }
        }
        QuestionDoc q = questions.get(at);
        assertThat(q.acceptsNearSpellings()).isFalse();
        questions.set(
                at,
                new QuestionDoc(
                        q.key(), q.type(), q.prompt(), q.explanation(), null, null, q.accepted(), null, null, true));

        LessonDraft saved = editing.save(admin, withFirstSection(draft, first.withQuestions(questions)));
        editing.publish(admin, saved);

        assertThat(editing.open(admin, lessonId)
                        .sections()
                        .get(0)
                        .questions()
                        .get(at)
                        .acceptsNearSpellings())
                .isTrue();
        assertThat(catalog.content(offeredRevision())
                        .question(q.key())
                        .orElseThrow()
                        .nearSpellings())
                .isTrue();
        assertThat(catalog.content(firstRevision)
                        .question(q.key())
                        .orElseThrow()
                        .nearSpellings())
                .as("the published revision a class may be bound to is unchanged")
                .isFalse();
    }

    @Test
    void a_save_made_from_an_older_opening_is_refused_and_the_first_save_stays() {
        LessonDraft mine = editing.open(admin, lessonId);
        LessonDraft theirs = editing.open(admin, lessonId);
        editing.save(admin, retitled(theirs, "Their title"));

        assertThatThrownBy(() -> editing.save(admin, retitled(mine, "My title")))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("Another admin saved or published");
        assertThat(editing.open(admin, lessonId).details().title()).isEqualTo("Their title");

        // The same between two openings of a draft.
        LessonDraft draftA = editing.open(admin, lessonId);
        LessonDraft draftB = editing.open(admin, lessonId);
        editing.save(admin, retitled(draftA, "Title A"));
        assertThatThrownBy(() -> editing.publish(admin, retitled(draftB, "Title B")))
                .hasMessageStartingWith("Another admin saved or published");
        assertThat(editing.open(admin, lessonId).details().title()).isEqualTo("Title A");
        assertThat(editing.state(admin, lessonId).published()).isFalse();
    }

    @Test
    void a_question_without_its_explanation_waits_in_a_draft_but_is_not_published() {
        LessonDraft draft = editing.open(admin, lessonId);
        SectionDraft first = draft.sections().get(0);
        List<QuestionDoc> questions = new ArrayList<>(first.questions());
        QuestionDoc q = questions.get(0);
        questions.set(
                0,
                new QuestionDoc(
                        q.key(),
                        q.type(),
                        q.prompt(),
                        null,
                        q.options(),
                        q.answer(),
                        q.accepted(),
                        q.items(),
                        q.sentences()));
        LessonDraft unexplained = withFirstSection(draft, first.withQuestions(questions));

        LessonDraft saved = editing.save(admin, unexplained);

        assertThat(saved.sections().get(0).questions().get(0).explanation()).isNull();
        assertThatThrownBy(() -> editing.publish(admin, saved))
                .isInstanceOfSatisfying(
                        LessonEditing.DraftRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(DraftProblem::field)
                                .containsExactly("question-0-0-explanation"));
        assertThat(editing.state(admin, lessonId).published()).isFalse();
    }

    @Test
    void a_lesson_no_class_used_is_deleted_and_one_a_class_used_is_kept() {
        long copy = editing.duplicate(admin, lessonId);
        editing.publish(admin, editing.open(admin, copy));

        editing.delete(admin, copy);

        assertThat(editing.overview(admin)).noneMatch(l -> l.lessonId() == copy);
        assertThatThrownBy(() -> editing.open(admin, copy)).isInstanceOf(BadInputException.class);
        // The bundled lesson has a class (the fixtures' session): it stays, whole.
        fixtures.session(fixtures.teacher(), org.agora.classroom.Feedback.IMMEDIATE, 1);
        long bundled = editing.overview(admin).stream()
                .filter(l -> l.slug().equals("kazakhstan-syria"))
                .findFirst()
                .orElseThrow()
                .lessonId();
        LessonDraft before = editing.open(admin, bundled);
        assertThatThrownBy(() -> editing.delete(admin, bundled))
                .hasMessage("A class used this lesson, so it stays: archive it to offer it to no new class.");
        assertThat(editing.open(admin, bundled)).isEqualTo(before);
    }

    @Test
    void a_draft_breaking_a_rule_stores_nothing_and_names_every_problem() {
        LessonDraft draft = editing.open(admin, lessonId);
        SectionDraft first = draft.sections().get(0);
        List<QuestionDoc> questions = new ArrayList<>(first.questions());
        QuestionDoc q = questions.get(0);
        questions.set(
                0,
                new QuestionDoc(
                        q.key(),
                        "SINGLE_CHOICE",
                        q.prompt(),
                        q.explanation(),
                        List.of(new LessonFile.OptionDoc("Only one", true)),
                        null,
                        null,
                        null,
                        null));
        LessonDraft broken = retitled(withFirstSection(draft, first.withQuestions(questions)), "");

        assertThatThrownBy(() -> editing.save(admin, broken))
                .isInstanceOfSatisfying(
                        LessonEditing.DraftRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(DraftProblem::field)
                                .containsExactly("title", "question-0-0-options"))
                .hasMessage("The lesson was not saved: 2 fields need fixing (marked in red).");
        assertThat(editing.open(admin, lessonId)).isEqualTo(draft);
        assertThat(editing.state(admin, lessonId).revisionNumber()).isEqualTo(1);
    }

    @Test
    void saving_a_draft_again_rewrites_it_and_unchanged_sentences_keep_their_keys() {
        LessonDraft draft = editing.open(admin, lessonId);
        String evidenceKey = draft.sections().get(0).questions().stream()
                .filter(q -> q.type().equals("EVIDENCE"))
                .findFirst()
                .orElseThrow()
                .sentences()
                .get(0);
        LessonDraft once = editing.save(admin, retitled(draft, "Once"));
        SectionDraft first = once.sections().get(0);
        String appended = first.markdown() + "\n\n- A point added as a list item.\n- And another one.";
        LessonDraft twice = editing.save(admin, withFirstSection(once, first.withMarkdown(appended)));

        assertThat(twice.baseRevisionId()).isEqualTo(once.baseRevisionId());
        assertThat(twice.baseVersion()).isGreaterThan(once.baseVersion());
        assertThat(twice.sections().get(0).markdown()).isEqualTo(appended);
        assertThat(twice.sections().get(0).sentenceKeys().values()).anyMatch(keys -> keys.contains(evidenceKey));
        assertThat(twice.sections().get(0).questions())
                .isEqualTo(draft.sections().get(0).questions());
        LessonDraft published = editing.publish(admin, twice);
        LessonContent content = catalog.content(published.baseRevisionId());
        assertThat(content.sections().get(0).paragraphs())
                .last()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(SectionMarkdown.Kind.BULLET));
        assertThatThrownBy(() -> editing.publish(admin, published)).hasMessageStartingWith("There is no draft");
    }

    @Test
    void saving_a_hand_made_lesson_keeps_every_sentence_and_its_key() {
        LessonContent before = catalog.content(firstRevision);

        LessonDraft saved = editing.publish(admin, retitled(editing.open(admin, lessonId), "Same text"));

        LessonContent after = catalog.content(saved.baseRevisionId());
        for (int i = 0; i < before.sections().size(); i++) {
            assertThat(after.sections()
                            .get(i)
                            .sentences()
                            .map(s -> s.key() + " " + s.markdown())
                            .toList())
                    .isEqualTo(before.sections()
                            .get(i)
                            .sentences()
                            .map(s -> s.key() + " " + s.markdown())
                            .toList());
            assertThat(after.sections().get(i).paragraphs().size())
                    .isEqualTo(before.sections().get(i).paragraphs().size());
        }
    }

    @Test
    void saving_an_unchanged_published_lesson_makes_no_new_revision() {
        editing.save(admin, editing.open(admin, lessonId));

        assertThat(editing.state(admin, lessonId).revisionNumber()).isEqualTo(1);
        assertThat(editing.state(admin, lessonId).published()).isTrue();
    }

    @Test
    void an_archived_lesson_is_offered_to_no_new_class_and_its_classes_keep_it() {
        editing.setArchived(admin, lessonId, true);

        assertThat(catalog.publishedLessons()).noneMatch(l -> l.slug().equals(slug));
        assertThat(catalog.content(firstRevision).title()).isNotBlank();
        // A teacher whose list was loaded before the archiving cannot start a class on it either.
        assertThatThrownBy(() -> sessions.create(fixtures.teacher(), firstRevision, "Late", Feedback.IMMEDIATE, 1))
                .hasMessageStartingWith("Choose one of the published lessons");
        assertThat(editing.overview(admin)).anyMatch(l -> l.slug().equals(slug) && l.archived());

        editing.setArchived(admin, lessonId, false);
        assertThat(offeredRevision()).isEqualTo(firstRevision);
    }

    @Test
    void an_article_becomes_a_draft_lesson_with_its_sections() throws Exception {
        byte[] article;
        try (InputStream in = getClass().getResourceAsStream("/articles/blog.md")) {
            article = in.readAllBytes();
        }
        ArticleProposal proposal = new ArticleImporter().propose("blog.md", article);

        long created = editing.createFromArticle(admin, proposal, "en");

        LessonOverview overview = editing.overview(admin).stream()
                .filter(l -> l.lessonId() == created)
                .findFirst()
                .orElseThrow();
        assertThat(overview.draftNumber()).isEqualTo(1);
        assertThat(overview.publishedRevisionId()).isNull();
        LessonDraft draft = editing.open(admin, created);
        assertThat(draft.details().title()).isEqualTo(proposal.title());
        assertThat(draft.sections())
                .extracting(SectionDraft::title)
                .containsExactlyElementsOf(proposal.sections().stream()
                        .map(ArticleProposal.Section::title)
                        .toList());
        assertThat(draft.sections().get(0).sentences().stream()
                        .flatMap(List::stream)
                        .map(s -> s.text()))
                .containsExactlyElementsOf(proposal.sections().get(0).paragraphs().stream()
                        .flatMap(List::stream)
                        .toList());
    }

    @Test
    void only_admins_edit() {
        Actor teacher = fixtures.teacher();
        assertThatThrownBy(() -> editing.open(teacher, lessonId)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> editing.overview(teacher)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> editing.setArchived(teacher, lessonId, true)).isInstanceOf(NotAllowedException.class);
    }
}
