/** Read models for the teacher (progress, results, opinion shift, citations) and the CSV export. */
package org.agora.dashboard;
