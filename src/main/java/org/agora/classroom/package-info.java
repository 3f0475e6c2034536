/** Class sessions, join codes, students (participants), answers and their scoring. */
package org.agora.classroom;
