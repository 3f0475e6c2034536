package org.agora.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.util.FileSystemUtils;

/**
 * Makes the README's screenshots from the running app: starts Agora on a fresh data directory,
 * has three students answer in the demo session, and photographs the student's screen, the
 * dashboard, the review and the projector as the admin (who owns the demo session) sees them,
 * then an article's proposal and the lesson editor.
 * Run with {@code mvn test-compile exec:exec@screenshots}; the files go to the folder given.
 */
public final class ReadmeScreenshots {

    private static final String[] NAMES = {"Amani", "Bruno", "Chen"};
    private static final String[] ARGUMENTS = {
        "Kazakhstan speaks with every side, so it can host the talks.",
        "Russia will decide anyway; the host country changes little.",
        "Astana hosted talks with the Syrian opposition before, in 2015."
    };

    private static final String ARTICLE = """
            # Bridges of the north

            By Ines Moreau

            The old bridge closed in March after engineers found cracks. Traffic moved to the ferry.

            The ferry is slow. Queues grow every morning, and shops on the far bank see fewer customers.

            ## A new plan

            Engineers proposed a second bridge upstream. It would take three years to build.

            Share this article
            """;

    private ReadmeScreenshots() {}

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
                desk.driver()
                        .findElement(By.cssSelector("#vaadinLoginPassword input"))
                        .sendKeys(Keys.ENTER);
                desk.replaceGivenPassword(AppProcess.ADMIN_PASSWORD, AppProcess.ADMIN_OWN_PASSWORD);
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

                desk.open("admin/lessons/new");
                WebElement article = desk.waitFor(By.cssSelector("#article-text textarea"));
                article.sendKeys(ARTICLE);
                desk.click("propose");
                desk.waitFor(By.id("proposed-section-1"));
                desk.scrollTo("proposal");
                shot(desk, target, "article-proposal");
                desk.click("create-lesson");
                desk.waitFor(By.id("lesson-status"));
                desk.click("add-question-s1");
                WebElement prompt = desk.waitFor(By.cssSelector("#prompt-s1-q1 textarea"));
                prompt.sendKeys("Why did the ferry queues grow?");
                desk.waitFor(By.cssSelector("#option-s1-q1-1 input")).sendKeys("The old bridge closed");
                desk.waitFor(By.cssSelector("#option-s1-q1-2 input")).sendKeys("The ferry got faster");
                desk.waitFor(By.cssSelector("#option-s1-q1-3 input")).sendKeys("The river froze");
                desk.click("option-s1-q1-1-right");
                desk.scrollTo("section-editor-s1");
                shot(desk, target, "editor");
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
        Files.copy(
                Path.of("target", "screenshots", "readme-" + name + ".png"),
                target.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
