package org.agora.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What teachers and admins do in the journeys: sign in, fill in fields, add questions. */
final class StaffActions {

    /** The question types as the editor's list shows them, in its order. */
    static final List<String> TYPES = List.of(
            "Choose one",
            "Choose all that apply",
            "True or false",
            "Short answer",
            "Put in order",
            "Find the evidence",
            "Debate");

    private StaffActions() {}

    /** Signs in on the login page, the password sent with Enter. */
    static void signIn(Browser browser, String username, String password) {
        browser.open("login");
        browser.type("vaadinLoginUsername", username);
        browser.type("vaadinLoginPassword", password);
        browser.driver()
                .findElement(By.cssSelector("#vaadinLoginPassword input"))
                .sendKeys(Keys.ENTER);
    }

    /** Chooses a file in a Vaadin upload, as the file dialog would: its input takes the file's path. */
    static void upload(Browser browser, String uploadId, java.nio.file.Path file) {
        browser.waitFor(By.id(uploadId))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Types into a Vaadin text field or text area, replacing what it held. */
    static void fill(Browser browser, String id, String text) {
        WebElement input = browser.wait(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /** Chooses the type in the section's select by keyboard (Home, then arrows, then Enter), then adds. */
    static void addQuestion(Browser browser, String section, String typeLabel) {
        browser.click("add-question-type-" + section);
        browser.waitFor(By.xpath("//vaadin-select-item[@role='option']"));
        browser.driver().switchTo().activeElement().sendKeys(Keys.HOME);
        for (int i = 0; i < TYPES.indexOf(typeLabel); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        browser.wait(
                ExpectedConditions.textToBePresentInElementLocated(By.id("add-question-type-" + section), typeLabel));
        browser.click("add-question-" + section);
    }
}
