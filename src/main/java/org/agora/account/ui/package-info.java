/** The staff's account screens: sign-in, one's own password, the admin's accounts, audit log and backups. */
package org.agora.account.ui;
