/** Read models for the teacher (progress of the class) and the live session screen. */
package org.agora.dashboard;
