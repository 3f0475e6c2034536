package org.agora.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.agora.base.AbstractEntity;

/** One class reading one lesson revision, joined with a code. */
@Entity
@Table(name = "class_session")
public class ClassSession extends AbstractEntity {

    public static final int TITLE_MAX = 120;
    public static final int ATTEMPTS_MIN = 1;
    public static final int ATTEMPTS_MAX = 5;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "title", nullable = false, length = 2 * TITLE_MAX)
    private String title;

    @Column(name = "join_code", nullable = false, length = JoinCode.LENGTH)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "feedback", nullable = false, length = 16)
    private Feedback feedback;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private SessionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 16)
    private Pacing pacing;

    /** Sections are counted from the start: the first {@code openSections} can be read. */
    @Column(name = "open_sections", nullable = false)
    private int openSections;

    @Column(name = "locked_sections", nullable = false)
    private int lockedSections;

    @Column(name = "revealed_sections", nullable = false)
    private int revealedSections;

    @Column(name = "closes_at")
    private Instant closesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "gate", nullable = false, length = 16)
    private Gate gate;

    @Column(name = "show_answer_when_out", nullable = false)
    private boolean showAnswerWhenOut = true;

    @Column(name = "wall_open", nullable = false)
    private boolean wallOpen;

    @Column(name = "premoderate", nullable = false)
    private boolean premoderate;

    @Column(name = "wall_names", nullable = false)
    private boolean wallNames;

    @Column(name = "spotlight_answer_id")
    private Long spotlightAnswerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "projector_mode", nullable = false, length = 16)
    private ProjectorMode projectorMode = ProjectorMode.CODE;

    @Column(name = "projector_question", length = 40)
    private String projectorQuestion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ClassSession() {}

    /** A live session starts with no section open; a self-paced one with all {@code sections} open. */
    ClassSession(
            long ownerId,
            long revisionId,
            String title,
            String joinCode,
            Feedback feedback,
            int maxAttempts,
            Pacing pacing,
            int sections,
            Instant closesAt,
            Gate gate,
            Instant createdAt) {
        if (maxAttempts < ATTEMPTS_MIN || maxAttempts > ATTEMPTS_MAX) {
            throw new IllegalArgumentException("attempts out of range: " + maxAttempts);
        }
        this.pacing = Objects.requireNonNull(pacing);
        this.openSections = pacing == Pacing.LIVE ? 0 : sections;
        this.closesAt = pacing == Pacing.SELF_PACED ? closesAt : null;
        this.gate = Objects.requireNonNull(gate);
        this.ownerId = ownerId;
        this.revisionId = revisionId;
        this.title = Objects.requireNonNull(title);
        this.joinCode = Objects.requireNonNull(joinCode);
        this.feedback = Objects.requireNonNull(feedback);
        this.maxAttempts = maxAttempts;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = SessionStatus.OPEN;
    }

    /** Live mode: the next section appears on every student's screen, open for answers. */
    void openNextSection(int sections) {
        requireOpen();
        if (pacing != Pacing.LIVE) {
            throw new IllegalStateException("Only a live session opens sections one by one");
        }
        if (openSections >= sections) {
            throw new IllegalStateException("Every section is open already");
        }
        openSections++;
    }

    /** Stops answering in every section open now. */
    void lockAnswers() {
        requireOpen();
        if (lockedSections == openSections) {
            throw new IllegalStateException("Nothing open to lock");
        }
        lockedSections = openSections;
    }

    /** Undoes a lock: the last locked section takes answers again, unless its answers are revealed. */
    void unlockLastSection() {
        requireOpen();
        if (lockedSections <= revealedSections) {
            throw new IllegalStateException("Nothing locked that may take answers again");
        }
        lockedSections--;
    }

    /** Shows results of every open section; what is revealed can no longer be answered. */
    void revealAnswers() {
        requireOpen();
        if (revealedSections == openSections) {
            throw new IllegalStateException("Nothing new to reveal");
        }
        lockedSections = openSections;
        revealedSections = openSections;
    }

    private void requireOpen() {
        if (status != SessionStatus.OPEN) {
            throw new IllegalStateException("The session is closed");
        }
    }

    void close(Instant now) {
        if (status == SessionStatus.CLOSED) {
            throw new IllegalStateException("The session is closed already");
        }
        status = SessionStatus.CLOSED;
        closedAt = now;
    }

    /** Undoes closing: students may join and answer again, as before it was closed. */
    void reopen(Instant now) {
        if (status == SessionStatus.OPEN) {
            throw new IllegalStateException("The session is open already");
        }
        if (!takesAnswersOnceOpen(now)) {
            throw new IllegalStateException("The closing time has passed");
        }
        status = SessionStatus.OPEN;
        closedAt = null;
    }

    /** Whether, open, the session would take answers at {@code now}: no closing time, or one still ahead. */
    boolean takesAnswersOnceOpen(Instant now) {
        return closesAt == null || now.isBefore(closesAt);
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public String getTitle() {
        return title;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    /** Grows with every change of the session, pacing and reviews included (see {@code ClassSessionRepository.bump}). */
    public long getVersion() {
        return version;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Pacing getPacing() {
        return pacing;
    }

    public int getOpenSections() {
        return openSections;
    }

    public int getLockedSections() {
        return lockedSections;
    }

    public int getRevealedSections() {
        return revealedSections;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Gate getGate() {
        return gate;
    }

    public boolean isShowAnswerWhenOut() {
        return showAnswerWhenOut;
    }

    void showAnswerWhenOut(boolean show) {
        this.showAnswerWhenOut = show;
    }

    public boolean isPremoderate() {
        return premoderate;
    }

    void premoderate(boolean first) {
        this.premoderate = first;
    }

    /** What the wall shows of an argument the teacher has not moderated. */
    WallStatus defaultWallStatus() {
        return premoderate ? WallStatus.PENDING : WallStatus.APPROVED;
    }

    /** Whether the wall names the authors of arguments; the spotlight never does. */
    public boolean isWallNames() {
        return wallNames;
    }

    void wallNames(boolean shown) {
        this.wallNames = shown;
    }

    public Long getSpotlightAnswerId() {
        return spotlightAnswerId;
    }

    /** Puts one argument on the projector, or none. */
    void spotlight(Long answerId) {
        this.spotlightAnswerId = answerId;
    }

    /** What the classroom projector shows now. */
    public ProjectorChoice getProjector() {
        return new ProjectorChoice(projectorMode, projectorQuestion);
    }

    /** Puts this on the projector; every open projector window follows. */
    void project(ProjectorChoice choice) {
        this.projectorMode = choice.mode();
        this.projectorQuestion = choice.questionKey();
    }

    public boolean isWallOpen() {
        return wallOpen;
    }

    void showWall(boolean open) {
        requireOpen();
        this.wallOpen = open;
    }

    /** Whether answers are still taken at {@code now}: open, and before any closing time. */
    boolean takesAnswers(Instant now) {
        return isOpen() && takesAnswersOnceOpen(now);
    }
}
