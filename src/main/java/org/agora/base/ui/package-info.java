/** Screens and components shared by every feature: app shell, staff layout, live refresh, error pages, QR codes. */
package org.agora.base.ui;
