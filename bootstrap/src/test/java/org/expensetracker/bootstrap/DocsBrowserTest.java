package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.WebDriver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The interactive docs in a real browser (Debian's Chromium, headless, installed through {@code
 * .ci/docs-tools.sh} when missing): Swagger UI lists the operations, logs in through "Authorize"
 * with the OAuth2 password flow and runs a call with "Try it out"; ReDoc lists the operations.
 * Neither page loads anything from another origin. Runs with {@code -Pdocs-check}.
 */
@PostgresTest
@Tag("docs-check")
class DocsBrowserTest {
  private static final Duration SLOW = Duration.ofSeconds(90);
  private static ApiClient api;
  private static WebDriver browser;
  private static String email;
  private static int operations;

  @BeforeAll
  static void start() throws Exception {
    installBrowser();
    api = ApiClient.start();
    email = "docs-" + UUID.randomUUID() + "@example.com";
    api.newUser(email);
    JsonNode doc = api.get("/openapi.json", null).expect(200).json();
    doc.get("paths").forEach(path -> operations += path.size());
    browser = WebDriver.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (api != null) {
      api.close();
    }
  }

  private static void installBrowser() throws Exception {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(".ci/docs-tools.sh"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as(".ci/docs-tools.sh above the working directory").isNotNull();
    Process install =
        new ProcessBuilder("bash", dir.resolve(".ci/docs-tools.sh").toString()).inheritIO().start();
    assertThat(install.waitFor(10, TimeUnit.MINUTES)).as("browser installed in time").isTrue();
    assertThat(install.exitValue()).as("docs-tools.sh exit code").isZero();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + api.port() + path;
  }

  @Test
  void swaggerUiListsTheOperationsLogsInThroughAuthorizeAndRunsACall() throws Exception {
    browser.open(url("/docs"));
    JsonNode listed =
        browser.waitFor(
            "every operation in Swagger UI",
            SLOW,
            "var n = document.querySelectorAll('.opblock').length; return n >= "
                + operations
                + " ? n : 0;");
    assertThat(listed.asInt()).isEqualTo(operations);

    browser.click(browser.find("button.btn.authorize", SLOW));
    browser.type(browser.find("#oauth_username", SLOW), email);
    browser.type(browser.find("#oauth_password", SLOW), ApiClient.PASSWORD);
    browser.click(
        browser.find(
            ".auth-container:has(#oauth_username) button.btn.modal-btn.auth.authorize", SLOW));
    browser.waitFor(
        "Swagger UI to hold the token",
        SLOW,
        "var c = [...document.querySelectorAll('.auth-container')].find(e => e.innerText.includes('oauth2'));"
            + " return c && [...c.querySelectorAll('button')].some(b => b.innerText.trim() === 'Logout');");
    browser.click(browser.find("button.btn-done", SLOW));

    browser.click(browser.find("#operations-Account-me .opblock-summary", SLOW));
    browser.click(browser.find("#operations-Account-me button.try-out__btn", SLOW));
    browser.click(browser.find("#operations-Account-me button.execute", SLOW));
    JsonNode status =
        browser.waitFor(
            "the answer of GET /api/v1/users/me",
            SLOW,
            "var s = document.querySelector('#operations-Account-me .live-responses-table .response .response-col_status');"
                + " return s ? s.innerText.trim() : '';");
    assertThat(status.asText()).isEqualTo("200");
    JsonNode body =
        browser.script(
            "return document.querySelector('#operations-Account-me .live-responses-table .response .response-col_description').innerText;");
    assertThat(body.asText()).contains(email).contains("\"is_verified\": true");
    assertOnlySameOriginRequests();
  }

  @Test
  void redocListsTheOperations() throws Exception {
    browser.open(url("/redoc"));
    JsonNode listed =
        browser.waitFor(
            "every operation in ReDoc",
            SLOW,
            "var n = new Set([...document.querySelectorAll('[data-section-id^=\"tag/\"][data-section-id*=\"/operation/\"]')]"
                + ".map(e => e.getAttribute('data-section-id'))).size; return n >= "
                + operations
                + " ? n : 0;");
    assertThat(listed.asInt())
        .as(
            browser
                .script(
                    "return [...new Set([...document.querySelectorAll('[data-section-id^=\"tag/\"][data-section-id*=\"/operation/\"]')]"
                        + ".map(e => e.getAttribute('data-section-id')))].slice(0, 6).join(' ');")
                .asText())
        .isEqualTo(operations);
    assertThat(browser.script("return document.body.innerText;").asText())
        .contains("Expense Tracker API", "Record an expense", "Log in");
    assertOnlySameOriginRequests();
  }

  private void assertOnlySameOriginRequests() throws Exception {
    JsonNode foreign =
        browser.script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => !n.startsWith(location.origin + '/') && !n.startsWith('blob:') && !n.startsWith('data:'));");
    assertThat(foreign).as("requests to other origins").isEmpty();
  }
}
