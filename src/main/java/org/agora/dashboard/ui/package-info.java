/** The teacher's live screen of one class session. */
package org.agora.dashboard.ui;
