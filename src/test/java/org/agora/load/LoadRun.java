package org.agora.load;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the production jar under load and writes target/load-report.md: cold start, the join
 * storm and the class burst (issue 7). Arguments: the jar, the report file. {@code
 * -Dagora.load.scale=0.05} shrinks every count for a quick try. Bounded: it ends the app and
 * itself after {@link #LIMIT} whatever happens.
 */
public final class LoadRun {

    static final Duration LIMIT = Duration.ofMinutes(20);
    private static final int WORKERS = 200;
    private static final int MEMORY_JOINS_PER_SECOND = 25;
    private static final int DASHBOARD_RATE = 50;
    private static final int DASHBOARD_SECONDS = 10;
    private static final int[] BURST_RATES = {100, 200, 300, 500};
    private static final double[] BURST_SECONDS = {4, 3, 2, 2};

    private LoadRun() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path reportFile = Path.of(args.length > 1 ? args[1] : "target/load-report.md");
        double scale = Double.parseDouble(System.getProperty("agora.load.scale", "1"));
        // e.g. -Dagora.load.scenarios=memory to run only the memory scenario while working on it
        List<String> scenarios = List.of(
                System.getProperty("agora.load.scenarios", "classroom,memory").split(","));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        List<AppUnderLoad> apps = new CopyOnWriteArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> apps.forEach(LoadRun::stopQuietly)));
        clock.schedule(
                () -> {
                    System.err.println("Load run stopped at its time limit of " + LIMIT);
                    apps.forEach(LoadRun::stopQuietly);
                    Runtime.getRuntime().halt(2);
                },
                LIMIT.toSeconds(),
                TimeUnit.SECONDS);
        LoadReport report = new LoadReport("Agora under load");
        report.section(
                "Setup",
                "Production jar with `-Xmx1g` on a fresh data directory, loopback only; "
                        + "scale " + scale + ". Latencies count from each action's scheduled time (open model), "
                        + "so queueing shows. The classroom scenarios run on one app; the memory scenario on a second "
                        + "fresh one, so that its students do not add to the first's.");
        Schedule schedule = new Schedule(clock, workers);
        try {
            if (scenarios.contains("classroom")) {
                AppUnderLoad classroom = started(apps, jar, reportFile.resolveSibling("load-app.log"), http);
                report.section(
                        "Cold start",
                        "Process start to the first page answered 200: **" + classroom.coldStartMillis()
                                + " ms** (target at most 10,000 ms).");
                classroomScenarios(classroom, schedule, http, scale, report);
            }
            if (scenarios.contains("memory")) {
                AppUnderLoad second = started(apps, jar, reportFile.resolveSibling("load-app-memory.log"), http);
                memoryScenario(
                        second, schedule, http, scale, report, reportFile.resolveSibling("load-heap-histogram.txt"));
            }
        } catch (Exception e) {
            report.section("Stopped early", "The run stopped: " + e);
        } finally {
            apps.forEach(LoadRun::stopQuietly);
            workers.shutdownNow();
            clock.shutdownNow();
        }
        report.write(reportFile);
        System.out.println(report);
        for (AppUnderLoad app : apps) {
            deleteTree(app.dataDir());
        }
        System.exit(0);
    }

    private static AppUnderLoad started(List<AppUnderLoad> apps, Path jar, Path log, HttpClient http) throws Exception {
        AppUnderLoad app = new AppUnderLoad(jar, Files.createTempDirectory("agora-load"), log);
        apps.add(app);
        return app.start(http);
    }

    /**
     * A live-paced class the teacher creates on the dashboard: the join storm, the teacher opening
     * section 1, the class burst in it, the teacher opening section 2 and locking; the answers
     * stored are counted once the app stops.
     */
    private static void classroomScenarios(
            AppUnderLoad app, Schedule schedule, HttpClient http, double scale, LoadReport report) throws Exception {
        List<PushSocket> sockets = new ArrayList<>();
        try (Teacher teacher = new Teacher(http, app.base())) {
            String code = teacher.openNewLiveClass("admin", AppUnderLoad.ADMIN_PASSWORD);
            CpuShare cpu = new CpuShare(app);
            JoinStorm storm = new JoinStorm(schedule, http, app.base(), code);
            Map<String, Latencies> joins = new LinkedHashMap<>();
            int first = scaled(1000, scale);
            int second = scaled(300, scale);
            joins.put(first + " students in 60 s", storm.phase("Student A", first, 60));
            joins.put(second + " students in 10 s", storm.phase("Student B", second, 10));
            long joinChars = storm.replyCharsPerJoin();
            report.table(
                    "Join storm",
                    "On the freshly started app, into a live class the teacher has just created, no section "
                            + "open yet. Each join: open the join link (init and navigation), type the name, click Join, "
                            + "until the lesson's waiting screen is on screen. Target: no failures, p95 at most 1,000 ms. "
                            + "The server writes " + joinChars + " characters of UIDL per join. " + cpu.since(),
                    joins);

            List<Student> joined = storm.joined();
            for (Student student : joined) {
                try {
                    sockets.add(student.tab().openPush());
                } catch (IllegalStateException refused) {
                    throw new IllegalStateException(
                            "after " + sockets.size() + " push connections: " + refused.getMessage(), refused);
                }
            }
            Map<String, Latencies> fanOuts = new LinkedHashMap<>();
            fanOuts.put(
                    "\"Open section 1\" (from the waiting screen)",
                    FanOut.time(teacher, "open-next-section", joined, showsSection(SECTION_1), 60));
            ClassBurst burst = new ClassBurst(schedule, joined);
            int answers = dashboardScenario(teacher, burst, scale, report, joined.size());
            Map<String, Latencies> steps = new LinkedHashMap<>();
            for (int i = 0; i < BURST_RATES.length; i++) {
                int count = Math.min(burst.remaining(), (int) Math.max(1, BURST_RATES[i] * BURST_SECONDS[i] * scale));
                if (count <= 0) {
                    break;
                }
                int rate = (int) Math.max(1, BURST_RATES[i] * scale);
                steps.put(rate + " answers/s (" + count + ")", burst.step(rate, count));
                answers += count;
            }
            report.table(
                    "Class burst",
                    joined.size() + " joined students, each with its push connection open, send "
                            + "answers in section 1 at stepped rates, each student one of each kind ("
                            + AnswerKinds.ALL.stream()
                                    .map(AnswerKinds.Kind::name)
                                    .toList() + ") and neighbouring answers of "
                            + "different kinds. Round trip: fill in the field(s), click Send, until the screen shows the "
                            + "answer stored. Target at 500/s: no errors, p95 at most 150 ms, p99 at most 500 ms. The server "
                            + "writes " + burst.replyCharsPerAnswer() + " characters of UIDL per answer. "
                            + cpu.since(),
                    steps);

            CpuShare fanOutCpu = new CpuShare(app);
            fanOuts.put(
                    "\"Open section 2\"",
                    FanOut.time(teacher, "open-next-section", joined, showsSection(SECTION_2), 60));
            String sectionTwoCpu = String.format(
                    Locale.ROOT,
                    "app CPU %,d ms, %.1f ms per student screen.",
                    fanOutCpu.appMillis(),
                    fanOutCpu.appMillis() / (double) Math.max(1, joined.size()));
            fanOuts.put(
                    "\"Lock answers\"",
                    FanOut.time(
                            teacher,
                            "lock-answers",
                            joined,
                            tree -> !tree.textOf("blocked-s2-q1").orElse("").isEmpty(),
                            60));
            report.table(
                    "Fan-out",
                    "The teacher clicks a pacing button on the dashboard; timed from the click until each of the "
                            + joined.size() + " student screens shows its effect, over its push connection: the "
                            + "section's title, or the lock on the open section's first question. Target for \"Open "
                            + "section 2\": p95 at most 1,000 ms. \"Open section 2\" alone: " + sectionTwoCpu
                            + " " + cpu.since(),
                    fanOuts);
            dashboardFirstLoad(teacher, report, joined.size());
            stopQuietly(app);
            long stored = StoredAnswers.count(app.dataDir());
            report.section(
                    "Stored answers",
                    "Sent " + answers + ", acknowledged on screen " + burst.acknowledged()
                            + ", rows in the answer table after the app stopped " + stored
                            + " (target: equal to acknowledged).");
        } finally {
            sockets.forEach(PushSocket::close);
        }
    }

    /**
     * The teacher opens the class's dashboard again in a new tab, twice, with every student
     * joined and section 1 answered: how long the page takes and how much the server sends.
     */
    private static void dashboardFirstLoad(Teacher teacher, LoadReport report, int students) throws Exception {
        StringBuilder body = new StringBuilder("With " + students + " students joined and section 1 answered, the "
                + "teacher opens the dashboard in a new tab of the same browser (init and navigation, until the "
                + "reply has been applied). Target with 1,000 students: at most 1,000 ms and 1 MB.\n");
        for (int round = 1; round <= 2; round++) {
            Teacher.FirstLoad load = teacher.openDashboardAgain();
            body.append(String.format(
                    Locale.ROOT, "%n- load %d: %,d ms, %,d characters of UIDL", round, load.millis(), load.chars()));
        }
        report.section("Dashboard first load", body.toString());
    }

    private static final String SECTION_1 = "The Astana talks proposal";
    private static final String SECTION_2 = "Strategic interests binding Kazakhstan to Assad's Syria";

    private static Predicate<NodeTree> showsSection(String title) {
        return tree -> tree.textOf("section-title").orElse("").equals(title);
    }

    /** Answers at a classroom's pace while the teacher's dashboard is open: how soon each shows there. */
    private static int dashboardScenario(
            Teacher teacher, ClassBurst burst, double scale, LoadReport report, int students) throws Exception {
        DashboardProbe probe = new DashboardProbe(teacher);
        burst.onAcknowledged(probe::acknowledged);
        int rate = (int) Math.max(1, DASHBOARD_RATE * scale);
        int count = (int) Math.max(1, DASHBOARD_RATE * DASHBOARD_SECONDS * scale);
        Map<String, Latencies> rows = new LinkedHashMap<>();
        rows.put("answer round trip at " + rate + "/s (" + count + ")", burst.step(rate, count));
        rows.put("answer to dashboard", probe.latencies(30));
        burst.onAcknowledged((sent, shown) -> {});
        report.table(
                "Dashboard",
                "The teacher's dashboard is open on its push connection while " + students
                        + " students answer at " + rate
                        + " answers/s. Answer to dashboard: from the student's Send click "
                        + "until the dashboard's count of stored answers includes it (the k-th answer acknowledged is shown "
                        + "once the count reaches k). Target: p95 at most 300 ms.",
                rows);
        return count;
    }

    /** Heap retained with 0, 250, 500 and 1,000 joined students (scaled), and the classes that hold it. */
    private static void memoryScenario(
            AppUnderLoad app, Schedule schedule, HttpClient http, double scale, LoadReport report, Path histogramFile)
            throws Exception {
        CpuShare cpu = new CpuShare(app);
        JoinStorm joins = new JoinStorm(schedule, http, app.base(), app.demoJoinCode());
        HeapProbe heap = new HeapProbe(app.pid());
        int[] totals = {scaled(250, scale), scaled(500, scale), scaled(1000, scale)};
        try (MemoryPhase memory = new MemoryPhase(joins, heap)) {
            memory.run(totals, Math.max(5, (int) Math.round(MEMORY_JOINS_PER_SECOND * scale)));
            reportMemory(memory, cpu, report, histogramFile);
        }
    }

    private static void reportMemory(MemoryPhase memory, CpuShare cpu, LoadReport report, Path histogramFile)
            throws java.io.IOException {
        Files.writeString(histogramFile, memory.growthPerStudent(60));
        report.section(
                "Memory",
                "A second fresh app. Heap retained after a full collection (`jcmd GC.run`, then "
                        + "`GC.heap_info`) with no student, then after each step of joins; each student holds a Vaadin UI "
                        + "and a session and its push connection, as a browser tab would. The classes whose heap grew most per student are in `"
                        + histogramFile.getFileName() + "`.\n\n" + memory.table() + "\n```\n"
                        + memory.growthPerStudent(12) + "```\n");
        report.table(
                "Joins of the memory scenario",
                "At a steady rate on the second app. " + cpu.since(),
                memory.joinLatencies());
    }

    /** The run's data directory goes once its rows are counted; the report keeps the figures. */
    private static void deleteTree(Path dir) throws java.io.IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static int scaled(int count, double scale) {
        return Math.max(1, (int) Math.round(count * scale));
    }

    private static boolean stopQuietly(AppUnderLoad app) {
        try {
            app.close();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
