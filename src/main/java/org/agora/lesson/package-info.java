/** Lessons, revisions, drafts and publishing; the article importer, lesson file, GIFT and the bundled lesson. */
package org.agora.lesson;
