package org.agora.base.proxy;

/** A list of trusted proxies Agora cannot start with; reported at start-up by {@link TrustedProxiesFailureAnalyzer}. */
public class TrustedProxiesException extends IllegalArgumentException {

    TrustedProxiesException(String message) {
        super(message);
    }
}
