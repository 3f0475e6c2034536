package org.agora.lesson;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.agora.base.AbstractEntity;

/** One version of a lesson's text and questions. Publishing freezes it. */
@Entity
@Table(name = "lesson_revision")
class LessonRevision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(name = "number", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RevisionStatus status;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "language", nullable = false, length = 16)
    private String language;

    @Column(name = "level", length = 80)
    private String level;

    @Column(name = "source_author", length = 200)
    private String sourceAuthor;

    @Column(name = "source_publication", length = 200)
    private String sourcePublication;

    @Column(name = "source_date", length = 40)
    private String sourceDate;

    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    @Column(name = "source_note", length = 500)
    private String sourceNote;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Section> sections = new ArrayList<>();

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected LessonRevision() {}

    LessonRevision(Lesson lesson, int number, String title, String language) {
        this.lesson = lesson;
        this.number = number;
        this.title = title;
        this.language = language;
        this.status = RevisionStatus.DRAFT;
    }

    void describeSource(String level, String author, String publication, String date, String url, String note) {
        requireDraft();
        this.level = level;
        this.sourceAuthor = author;
        this.sourcePublication = publication;
        this.sourceDate = date;
        this.sourceUrl = url;
        this.sourceNote = note;
    }

    /** Sets the title, language, level and source in one go. */
    void describe(LessonDraft.Details details) {
        requireDraft();
        this.title = details.title().strip();
        this.language = details.language().strip();
        describeSource(
                blankToNull(details.level()),
                blankToNull(details.author()),
                blankToNull(details.publication()),
                blankToNull(details.date()),
                blankToNull(details.url()),
                blankToNull(details.note()));
    }

    /** Removes every question, then every section: the draft is about to be written again. */
    void clearQuestions() {
        requireDraft();
        questions.clear();
    }

    /** Removes questions and sections of any revision, the lesson being deleted; questions first, they point at sections. */
    void dropQuestions() {
        questions.clear();
    }

    void dropSections() {
        sections.clear();
    }

    void clearSections() {
        requireDraft();
        sections.clear();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Section addSection(String key, String title) {
        requireDraft();
        Section section = new Section(this, sections.size(), key, title);
        sections.add(section);
        return section;
    }

    Question addQuestion(Section section, String key, QuestionType type, String prompt, String explanation) {
        requireDraft();
        Question question = new Question(this, section, questions.size(), key, type, prompt, explanation);
        questions.add(question);
        return question;
    }

    void publish(Instant now) {
        requireDraft();
        status = RevisionStatus.PUBLISHED;
        publishedAt = now;
    }

    private void requireDraft() {
        if (status != RevisionStatus.DRAFT) {
            throw new IllegalStateException("Revision " + number + " is published and can no longer change");
        }
    }

    long getVersion() {
        return version;
    }

    Lesson getLesson() {
        return lesson;
    }

    int getNumber() {
        return number;
    }

    RevisionStatus getStatus() {
        return status;
    }

    String getTitle() {
        return title;
    }

    String getLanguage() {
        return language;
    }

    String getLevel() {
        return level;
    }

    String getSourceAuthor() {
        return sourceAuthor;
    }

    String getSourcePublication() {
        return sourcePublication;
    }

    String getSourceDate() {
        return sourceDate;
    }

    String getSourceUrl() {
        return sourceUrl;
    }

    String getSourceNote() {
        return sourceNote;
    }

    List<Section> getSections() {
        return sections;
    }

    List<Question> getQuestions() {
        return questions;
    }
}
