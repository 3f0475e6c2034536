/** Screens and small components shared by every feature: the staff layout, live-refresh helper. */
package org.agora.base.ui;
