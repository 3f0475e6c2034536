package org.agora.base.backup;

import java.time.Instant;

/** One finished backup in the data directory: its file name, when it was made (UTC), its size in bytes. */
public record BackupFile(String name, Instant madeAt, long size) {}
