/** Backups of the database into the data directory, and putting one back while Agora is stopped. */
package org.agora.base.backup;
