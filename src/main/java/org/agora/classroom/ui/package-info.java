/** The student screens (start, reading, wall, another device) and the teacher's session list and review. */
package org.agora.classroom.ui;
