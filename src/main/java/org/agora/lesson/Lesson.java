package org.agora.lesson;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.agora.base.AbstractEntity;

/** A lesson as a whole; what a class reads is one of its revisions. */
@Entity
@Table(name = "lesson")
class Lesson extends AbstractEntity {

    @Column(name = "slug", nullable = false, length = 80)
    private String slug;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Lesson() {}

    Lesson(String slug, Instant createdAt) {
        this.slug = slug;
        this.createdAt = createdAt;
    }

    String getSlug() {
        return slug;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    boolean isArchived() {
        return archived;
    }
}
