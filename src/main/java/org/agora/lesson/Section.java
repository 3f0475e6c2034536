package org.agora.lesson;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.agora.base.AbstractEntity;

/** A part of the article read at once, followed by its questions. */
@Entity
@Table(name = "section")
class Section extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "revision_id")
    private LessonRevision revision;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "section_key", nullable = false, length = 40)
    private String key;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Sentence> sentences = new ArrayList<>();

    protected Section() {}

    Section(LessonRevision revision, int position, String key, String title) {
        this.revision = revision;
        this.position = position;
        this.key = key;
        this.title = title;
    }

    void addSentence(int paragraph, String key, String text) {
        sentences.add(new Sentence(this, sentences.size(), paragraph, key, text));
    }

    int getPosition() {
        return position;
    }

    String getKey() {
        return key;
    }

    String getTitle() {
        return title;
    }

    List<Sentence> getSentences() {
        return sentences;
    }
}
