package org.agora.classroom;

import java.util.Objects;

/** What the teacher put on the projector: a mode, and for {@link ProjectorMode#RESULTS} the question's key. */
public record ProjectorChoice(ProjectorMode mode, String questionKey) {

    /** What a projector shows before the teacher chooses anything: the join code. */
    public static final ProjectorChoice CODE = new ProjectorChoice(ProjectorMode.CODE, null);

    public ProjectorChoice {
        Objects.requireNonNull(mode);
        if (mode != ProjectorMode.RESULTS) {
            questionKey = null;
        }
    }

    public static ProjectorChoice of(ProjectorMode mode) {
        return new ProjectorChoice(mode, null);
    }

    public static ProjectorChoice results(String questionKey) {
        return new ProjectorChoice(ProjectorMode.RESULTS, questionKey);
    }
}
