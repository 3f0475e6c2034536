package org.agora.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.agora.base.AbstractEntity;

/** One sentence of a section, with the stable key that evidence questions and citations use. */
@Entity
@Table(name = "sentence")
class Sentence extends AbstractEntity {

    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "paragraph", nullable = false)
    private int paragraph;

    @Column(name = "sentence_key", nullable = false, length = 40)
    private String key;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected Sentence() {}

    Sentence(Section section, int position, int paragraph, String key, String text) {
        this.section = section;
        this.position = position;
        this.paragraph = paragraph;
        this.key = key;
        this.text = text;
    }

    int getParagraph() {
        return paragraph;
    }

    String getKey() {
        return key;
    }

    String getText() {
        return text;
    }
}
