/** The admin's lesson screens: the list of lessons, export and import of lesson files. */
package org.agora.lesson.ui;
