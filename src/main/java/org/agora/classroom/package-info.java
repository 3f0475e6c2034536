/** Class sessions, join codes, students, answers and scoring, pacing, presence, review, the wall and retention. */
package org.agora.classroom;
