/** The teacher's live screen of one class session (progress grid, results, students) and the projector. */
package org.agora.dashboard.ui;
