package org.agora.base.proxy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in Spring Boot's short start-up failure report, not in a stack trace, which entry to fix. */
public class TrustedProxiesFailureAnalyzer extends AbstractFailureAnalyzer<TrustedProxiesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TrustedProxiesException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set AGORA_TRUSTED_PROXIES (or agora.trusted-proxies) to the addresses of your reverse proxies,"
                        + " separated by commas: IP addresses or CIDR ranges such as 127.0.0.1, 10.0.0.0/8 or"
                        + " fd00::/8. Leave it empty when no proxy stands in front of Agora.",
                cause);
    }
}
