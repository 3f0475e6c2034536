package org.agora.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.util.FileSystemUtils;

/**
 * Makes the README's screenshots from the running app: starts Agora on a fresh data directory,
 * has three students answer in the demo session, and photographs the student's screen, the
 * dashboard, the review and the projector as the admin (who owns the demo session) sees them.
 * Run with {@code mvn test-compile exec:exec@screenshots}; the files go to the folder given.
 */
public final class ReadmeScreenshots {

    private static final String[] NAMES = {"Amani", "Bruno", "Chen"};
    private static final String[] ARGUMENTS = {
        "Kazakhstan speaks with every side, so it can host the talks.",
        "Russia will decide anyway; the host country changes little.",
        "Astana hosted talks with the Syrian opposition before, in 2015."};

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(target);
        Path data = Files.createTempDirectory("agora-screenshots");
        try (AppProcess app = new AppProcess(data).start()) {
            String code = app.demoJoinCode();
            List<Browser> students = new ArrayList<>();
            try (Browser desk = new Browser(app.baseUrl(), 1280, 900)) {
                for (int i = 0; i < NAMES.length; i++) {
                    Browser student = new Browser(app.baseUrl(), i == 0 ? 1280 : 360, i == 0 ? 900 : 740);
                    students.add(student);
                    student.open("join/" + code);
                    student.type("display-name", NAMES[i]);
                    student.click("join");
                    student.waitFor(By.id("section-title"));
                    StudentActions.stance(student, "poll-before", i == 1 ? "Disagree" : "Not sure");
                    student.click("send-poll-before");
                    student.waitForText("state-poll-before", "Saved");
                    StudentActions.stance(student, "s1-d1", i == 1 ? "Disagree" : "Agree");
                    student.waitFor(By.cssSelector("#question-s1-d1 vaadin-text-area textarea"))
                            .sendKeys(ARGUMENTS[i], Keys.TAB);
                    student.click("send-s1-d1");
                    student.waitForText("state-s1-d1", "Saved");
                }
                Browser laptop = students.get(0);
                laptop.driver().executeScript("window.scrollTo(0, 0)");
                shot(laptop, target, "student-laptop");
                students.get(1).scrollTo("question-s1-d1");
                shot(students.get(1), target, "student-phone");

                desk.open("login");
                desk.type("vaadinLoginUsername", "admin");
                desk.type("vaadinLoginPassword", AppProcess.ADMIN_PASSWORD);
                desk.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(Keys.ENTER);
                desk.waitFor(By.id("new-session"));
                desk.open("teacher/sessions/1");
                desk.waitForText("answer-count", String.valueOf(2 * NAMES.length));
                shot(desk, target, "dashboard");
                desk.scrollTo("results-s1-d1");
                shot(desk, target, "dashboard-results");
                desk.open("teacher/sessions/1/review");
                desk.waitForText("review-position", "Argument 1 of 3");
                shot(desk, target, "review");
                desk.open("teacher/sessions/1/projector");
                desk.waitFor(By.id("session-code"));
                shot(desk, target, "projector");
            } finally {
                students.forEach(Browser::close);
            }
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
        System.out.println("Screenshots written to " + target.toAbsolutePath());
    }

    private static void shot(Browser browser, Path target, String name) throws Exception {
        browser.screenshot("readme-" + name);
        Files.copy(Path.of("target", "screenshots", "readme-" + name + ".png"), target.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
