package org.agora.journey;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium with its own profile: a separate browser context, as a second
 * person at a second computer. Waits are conditions on the page, never fixed sleeps.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** How often a wait looks again: Selenium's default of 500 ms made every wait cost a quarter second. */
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl, int width, int height) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser test needs Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("agora-chromium"),
                "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    WebElement waitFor(By by) {
        return wait(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(String id, String text) {
        wait(ExpectedConditions.textToBe(By.id(id), text));
    }

    <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // Vaadin replaces elements as it re-renders: a stale one is looked up again, not a failure.
        return new WebDriverWait(driver, PATIENCE, POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    /** Types into a Vaadin text field, found by the id of the field. */
    void type(String fieldId, String text) {
        WebElement input =
                waitFor(By.cssSelector(fieldId.contains(" ") ? "#" + fieldId + " input" : "#" + fieldId + " input"));
        input.clear();
        if (text.codePoints().allMatch(Character::isBmpCodePoint)) {
            input.sendKeys(text);
            return;
        }
        // ChromeDriver types only the basic plane; an emoji comes in as an input method would
        // bring it: the value changes, then input and change events.
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        input,
                        text);
    }

    /** Opens the sign-in page and signs in as a person does, pressing Enter in the password field. */
    void signIn(String username, String password) {
        open("login");
        type("vaadinLoginUsername", username);
        type("vaadinLoginPassword", password);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /**
     * At a first sign-in, "My password" asks to replace the password someone else chose: replaces
     * {@code given} by {@code own}, then waits for "My class sessions".
     */
    void replaceGivenPassword(String given, String own) {
        waitFor(By.id("must-change"));
        type("current-password", given);
        type("new-password", own);
        type("repeat-password", own);
        click("change-password");
        waitFor(By.id("new-session"));
    }

    void click(String id) {
        // The app layout scrolls its content in a box of its own, and an overlay that is closing can
        // hold the scroll for a moment: bring the element to the middle, and again until the click lands.
        new WebDriverWait(driver, PATIENCE, POLL)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    WebElement element = d.findElement(By.id(id));
                    driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                    if (ExpectedConditions.elementToBeClickable(element).apply(d) == null) {
                        return false;
                    }
                    element.click();
                    return true;
                });
    }

    /**
     * Opens a Vaadin select and chooses the item with this label, or the first one that adds its
     * place to it ("Title (slug, revision 1)", when lessons share a title).
     */
    void choose(String selectId, String label) {
        click(selectId);
        wait(ExpectedConditions.elementToBeClickable(By.xpath("(//vaadin-select-item[@role='option' and"
                        + " (normalize-space(.)=" + xpathText(label) + " or starts-with(normalize-space(.), "
                        + xpathText(label + " (") + "))])[1]")))
                .click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id(selectId), label));
    }

    private static String xpathText(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    String text(String id) {
        return waitFor(By.id(id)).getText();
    }

    void scrollTo(String id) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", waitFor(By.id(id)));
    }

    ChromeDriver driver() {
        return driver;
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
