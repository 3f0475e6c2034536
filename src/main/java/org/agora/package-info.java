/** Agora: a class reads a news article together, answers, argues, and the teacher watches live. */
package org.agora;
