package org.agora.classroom;

import java.time.Instant;

/**
 * What a student may do with each section, given the session's pacing at one moment. Section
 * index -1 stands for the poll before reading, {@code sections} for the poll after.
 */
public record SectionRules(
        Pacing pacing,
        int sections,
        int openSections,
        int lockedSections,
        int revealedSections,
        boolean takesAnswers,
        boolean pastClosingTime,
        Gate gate,
        Instant closesAt) {

    static SectionRules of(ClassSession session, int sections, Instant now) {
        return of(ClassState.of(session), sections, now);
    }

    static SectionRules of(ClassState session, int sections, Instant now) {
        boolean past = session.closesAt() != null && !now.isBefore(session.closesAt());
        return new SectionRules(
                session.pacing(),
                sections,
                Math.min(session.openSections(), sections),
                session.lockedSections(),
                session.revealedSections(),
                session.takesAnswers(now),
                past,
                session.gate(),
                session.closesAt());
    }

    public boolean visible(int section) {
        if (section < 0) {
            return true;
        }
        if (section >= sections) {
            return openSections >= sections;
        }
        return section < openSections;
    }

    public boolean locked(int section) {
        if (section < 0) {
            return lockedSections > 0;
        }
        return section < sections && section < lockedSections;
    }

    public boolean answerable(int section) {
        return takesAnswers && visible(section) && !locked(section);
    }

    public boolean revealed(int section) {
        return section >= 0 && section < revealedSections;
    }

    /** The message key of why a section takes no answers now; null when it does. */
    public String whyNotAnswerable(int section) {
        if (pastClosingTime) {
            return "answer.refused.past-closing-time";
        }
        if (!takesAnswers) {
            return "answer.refused.session-closed";
        }
        if (!visible(section)) {
            return "answer.refused.section-not-open";
        }
        if (locked(section)) {
            return "answer.refused.section-locked";
        }
        return null;
    }
}
