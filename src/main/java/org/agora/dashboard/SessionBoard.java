package org.agora.dashboard;

import org.agora.dashboard.ResultsService.SessionResults;

/** What the teacher's dashboard shows of a session at one moment: the progress grid and the results. */
public record SessionBoard(SessionProgress progress, SessionResults results) {}
