/** The admin's lesson screens: the list of lessons, the editor with its preview, and a new lesson from an article. */
package org.agora.lesson.ui;
