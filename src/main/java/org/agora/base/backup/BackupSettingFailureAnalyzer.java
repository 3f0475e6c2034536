package org.agora.base.backup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in Spring Boot's short start-up failure report, not in a stack trace, which backup setting to fix. */
public class BackupSettingFailureAnalyzer extends AbstractFailureAnalyzer<BackupSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BackupSettingException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set AGORA_BACKUP_KEEP (or agora.backup.keep) to 1 or more, or leave it unset to keep 7.",
                cause);
    }
}
