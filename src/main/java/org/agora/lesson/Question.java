package org.agora.lesson;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.agora.base.AbstractEntity;

/** A question of a revision: in a section, or (the opinion poll) before or after all of them. */
@Entity
@Table(name = "question")
class Question extends AbstractEntity {

    public static final int PROMPT_MAX = 500;
    public static final int EXPLANATION_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private LessonRevision revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    private Section section;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "question_key", nullable = false, length = 40)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 24)
    private QuestionType type;

    @Column(name = "prompt", nullable = false, length = PROMPT_MAX)
    private String prompt;

    @Column(name = "explanation", length = EXPLANATION_MAX)
    private String explanation;

    @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "accepted_answer", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", length = 200, nullable = false)
    private List<String> acceptedAnswers = new ArrayList<>();

    /** Short text only: a letter or two off an accepted answer still counts as right. */
    @Column(name = "near_spellings", nullable = false)
    private boolean nearSpellings;

    @ElementCollection
    @CollectionTable(name = "evidence_sentence", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "sentence_key", length = 40, nullable = false)
    private Set<String> evidenceSentenceKeys = new LinkedHashSet<>();

    protected Question() {}

    Question(
            LessonRevision revision,
            Section section,
            int position,
            String key,
            QuestionType type,
            String prompt,
            String explanation) {
        this.revision = revision;
        this.section = section;
        this.position = position;
        this.key = key;
        this.type = type;
        this.prompt = prompt;
        this.explanation = explanation;
    }

    void addOption(String text, boolean correct) {
        options.add(new QuestionOption(this, options.size(), text, correct));
    }

    void addAcceptedAnswer(String text) {
        acceptedAnswers.add(text);
    }

    void addEvidenceSentence(String sentenceKey) {
        evidenceSentenceKeys.add(sentenceKey);
    }

    void acceptNearSpellings(boolean accept) {
        this.nearSpellings = accept && type == QuestionType.SHORT_TEXT;
    }

    boolean acceptsNearSpellings() {
        return nearSpellings;
    }

    Section getSection() {
        return section;
    }

    String getKey() {
        return key;
    }

    QuestionType getType() {
        return type;
    }

    String getPrompt() {
        return prompt;
    }

    String getExplanation() {
        return explanation;
    }

    List<QuestionOption> getOptions() {
        return options;
    }

    List<String> getAcceptedAnswers() {
        return acceptedAnswers;
    }

    Set<String> getEvidenceSentenceKeys() {
        return evidenceSentenceKeys;
    }
}
