package org.agora.base;

/**
 * Sizes the buffers Tomcat gives each websocket. Every open student screen holds one push
 * websocket, and Tomcat's default of 8 KiB per buffer costs about 44 KB of heap per student;
 * pushes only go from the server to the browser (answers go over plain requests), so 1 KiB
 * buffers only split a large push into more writes. An operator's own
 * {@code -Dorg.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE} wins.
 */
public final class PushBuffers {

    public static final String PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String SMALL = "1024";

    private PushBuffers() {}

    /** Must run before Tomcat's websocket classes load: first thing in {@code main}. */
    public static void keepSmall() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, SMALL);
        }
    }
}
