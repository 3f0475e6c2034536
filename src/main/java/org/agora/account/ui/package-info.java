/** The sign-in screen and the admin's account screen. */
package org.agora.account.ui;
