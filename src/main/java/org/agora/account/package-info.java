/** Teacher and admin accounts, sign-in, roles and the security configuration. */
package org.agora.account;
