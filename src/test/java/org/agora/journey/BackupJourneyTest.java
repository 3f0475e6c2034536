package org.agora.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.util.FileSystemUtils;

/**
 * On the app as a school runs it (its own process, a database file), the admin makes a backup
 * with "Back up now", finds it listed and downloads it: a zip holding the database file.
 */
class BackupJourneyTest {

    @Test
    void the_admin_backs_up_now_and_downloads_the_backup() throws Exception {
        Path data = Files.createTempDirectory("agora-backup");
        try (AppProcess app = new AppProcess(data).start();
                Browser admin = new Browser(app.baseUrl(), 1280, 900)) {
            admin.open("login");
            admin.type("vaadinLoginUsername", "admin");
            admin.type("vaadinLoginPassword", AppProcess.ADMIN_PASSWORD);
            admin.driver()
                    .findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(Keys.ENTER);
            admin.replaceGivenPassword(AppProcess.ADMIN_PASSWORD, AppProcess.ADMIN_OWN_PASSWORD);
            admin.open("admin/backups");
            admin.click("back-up-now");
            WebElement link =
                    admin.wait(d -> d.findElements(By.cssSelector("#backup-list a[id^=download-agora-]")).stream()
                            .findFirst()
                            .orElse(null));
            String name = link.getAttribute("id").substring("download-".length());
            assertThat(name).matches("agora-\\d{8}T\\d{6}Z\\.zip");
            assertThat(admin.text("backup-list")).contains(name).contains("KB");
            admin.screenshot("backups");
            try (Stream<Path> files = Files.list(data.resolve("backups"))) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(name);
            }

            // The link as the browser follows it, with the admin's session cookie.
            Cookie session = admin.driver().manage().getCookieNamed("JSESSIONID");
            HttpResponse<byte[]> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(
                                            link.getAttribute("href").startsWith("http")
                                                    ? link.getAttribute("href")
                                                    : app.baseUrl() + link.getAttribute("href")))
                                    .header("Cookie", "JSESSIONID=" + session.getValue())
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(download.body()))) {
                assertThat(List.of(zip.getNextEntry().getName())).containsExactly("agora.mv.db");
            }
        } finally {
            FileSystemUtils.deleteRecursively(data);
        }
    }
}
