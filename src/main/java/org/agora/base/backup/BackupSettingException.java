package org.agora.base.backup;

/** A backup setting Agora cannot start with; reported at start-up by {@link BackupSettingFailureAnalyzer}. */
public class BackupSettingException extends IllegalArgumentException {

    BackupSettingException(String message) {
        super(message);
    }
}
