/** Lessons: revisions, sections, sentences, questions; the lesson file format and the bundled lesson. */
package org.agora.lesson;
