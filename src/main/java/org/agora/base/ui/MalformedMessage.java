package org.agora.base.ui;

/**
 * Tells a failure of Vaadin reading a client's message (not JSON, wrong shapes, unknown
 * handlers) from a failure of Agora's own code: no frame of Agora lies between where it was
 * thrown and Vaadin's message handler. A hostile client can send such messages in a loop, so
 * they are logged briefly; a failure inside a screen's listener keeps its full stack.
 */
final class MalformedMessage {

    private static final String HANDLER = "com.vaadin.flow.server.communication.UidlRequestHandler";

    private MalformedMessage() {}

    static boolean is(Throwable failure) {
        boolean reachedHandler = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement frame : t.getStackTrace()) {
                if (frame.getClassName().equals(HANDLER)) {
                    reachedHandler = true;
                    break;
                }
                if (frame.getClassName().startsWith("org.agora.")) {
                    return false;
                }
            }
        }
        return reachedHandler;
    }
}
