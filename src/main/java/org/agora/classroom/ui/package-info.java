/** The student screens (start page, lesson) and the teacher's list of class sessions. */
package org.agora.classroom.ui;
