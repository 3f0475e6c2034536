package org.agora.base.ui;

import com.vaadin.flow.component.UI;

/**
 * A failure some feature answers itself instead of with "Something went wrong": for example an
 * account disabled while its owner was signed in. Features provide these as beans.
 */
public interface KnownFailure {

    /** Answers the failure on this UI and returns true, or returns false to leave it to the generic message. */
    boolean answered(Throwable failure, UI ui);
}
