package org.agora.load;

import java.util.Locale;

/**
 * CPU time used by the app and by the load client since the last look: on a small machine both
 * share the cores, so the report says how much of the time the client itself took.
 */
final class CpuShare {

    private final AppUnderLoad app;
    private long appMark;
    private long clientMark;
    private long wallMark;

    CpuShare(AppUnderLoad app) {
        this.app = app;
        mark();
    }

    private void mark() {
        appMark = app.cpuMillis();
        clientMark = LoadReport.ownCpuMillis();
        wallMark = System.nanoTime();
    }

    /** The app's CPU time since the last look, in milliseconds, without starting a new interval. */
    long appMillis() {
        return app.cpuMillis() - appMark;
    }

    /** One sentence on the CPU seconds used since the last call, then starts a new interval. */
    String since() {
        double wall = (System.nanoTime() - wallMark) / 1e9;
        double appCpu = (app.cpuMillis() - appMark) / 1000.0;
        double clientCpu = (LoadReport.ownCpuMillis() - clientMark) / 1000.0;
        mark();
        return String.format(
                Locale.ROOT,
                "CPU over these %.0f s: app %.1f s, load client %.1f s " + "(of %d cores).",
                wall,
                appCpu,
                clientCpu,
                Runtime.getRuntime().availableProcessors());
    }
}
