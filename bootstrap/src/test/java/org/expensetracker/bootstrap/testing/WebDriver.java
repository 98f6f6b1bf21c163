package org.expensetracker.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A minimal W3C WebDriver client for Debian's {@code chromedriver} driving headless Chromium: just
 * what the documentation browser test needs (navigate, find, click, type, run a script, wait), over
 * {@code java.net.http} so no Selenium is needed.
 */
public final class WebDriver implements AutoCloseable {
  /** Flags for a quiet, isolated headless browser that contacts nobody on its own. */
  public static final List<String> CHROMIUM_FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1400,2000");

  private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final Process driver;
  private final Path profile;
  private final String base;
  private final String session;

  private WebDriver(Process driver, Path profile, String base, String session) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
    this.session = session;
  }

  /** Starts chromedriver on a free port and a fresh headless Chromium with its own profile. */
  public static WebDriver start() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path log = Files.createTempFile("chromedriver", ".log");
    Process driver =
        new ProcessBuilder("chromedriver", "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    String base = "http://127.0.0.1:" + port;
    waitForDriver(base, driver, log);
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> args = new ArrayList<>(CHROMIUM_FLAGS);
    args.add("--user-data-dir=" + profile);
    ObjectNode body = JSON.createObjectNode();
    ObjectNode match = body.putObject("capabilities").putObject("alwaysMatch");
    match.put("browserName", "chrome");
    ObjectNode options = match.putObject("goog:chromeOptions");
    options.put("binary", chromiumBinary());
    args.forEach(options.putArray("args")::add);
    // Chromium's first start on a fresh machine can be slow.
    JsonNode created = call(base, "POST", "/session", body, Duration.ofMinutes(3));
    String session = created.at("/value/sessionId").asText();
    if (session.isEmpty()) {
      driver.destroy();
      throw new IllegalStateException("No WebDriver session: " + created);
    }
    return new WebDriver(driver, profile, base, session);
  }

  /** Debian's wrapper script sets flags the browser expects; the real binary sits behind it. */
  private static String chromiumBinary() {
    Path real = Path.of("/usr/lib/chromium/chromium");
    return Files.isExecutable(real) ? real.toString() : "/usr/bin/chromium";
  }

  private static void waitForDriver(String base, Process driver, Path log)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!driver.isAlive()) {
        throw new IllegalStateException("chromedriver exited: " + Files.readString(log));
      }
      try {
        if (call(base, "GET", "/status", null, Duration.ofSeconds(5))
            .at("/value/ready")
            .asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("chromedriver did not start: " + Files.readString(log));
  }

  public void open(String url) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("url", url);
    command("POST", "/url", body);
  }

  /** Runs a script in the page (arguments as {@code arguments[i]}) and returns its value. */
  public JsonNode script(String js, Object... arguments) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("script", js);
    var args = body.putArray("args");
    for (Object a : arguments) {
      args.add(JSON.valueToTree(a));
    }
    return command("POST", "/execute/sync", body);
  }

  /** Waits until the script returns something truthy, and returns it. */
  public JsonNode waitFor(String what, Duration timeout, String js)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    JsonNode value = null;
    while (Instant.now().isBefore(deadline)) {
      value = script(js);
      if (value != null
          && !value.isNull()
          && !value.isMissingNode()
          && value.asBoolean(true)
          && !(value.isTextual() && value.asText().isEmpty())) {
        return value;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Timed out waiting for " + what + "; last value " + value);
  }

  /** The element a CSS selector matches, waiting for it to appear. */
  public String find(String css, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      ObjectNode body = JSON.createObjectNode().put("using", "css selector").put("value", css);
      JsonNode found =
          call(base, "POST", "/session/" + session + "/element", body, Duration.ofSeconds(30));
      String id = found.at("/value/" + ELEMENT).asText();
      if (!id.isEmpty()) {
        return id;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No element " + css + ": " + found);
      }
      Thread.sleep(250);
    }
  }

  public void click(String element) throws IOException, InterruptedException {
    command("POST", "/element/" + element + "/click", JSON.createObjectNode());
  }

  public void type(String element, String text) throws IOException, InterruptedException {
    command("POST", "/element/" + element + "/value", JSON.createObjectNode().put("text", text));
  }

  private JsonNode command(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    JsonNode answer =
        call(base, method, "/session/" + session + path, body, Duration.ofSeconds(60));
    JsonNode value = answer.get("value");
    if (value != null && value.isObject() && value.has("error")) {
      throw new AssertionError(
          "WebDriver "
              + path
              + ": "
              + value.get("error").asText()
              + " "
              + value.path("message").asText());
    }
    return value;
  }

  private static JsonNode call(
      String base, String method, String path, JsonNode body, Duration timeout)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(response.body());
  }

  @Override
  public void close() throws IOException {
    try {
      call(base, "DELETE", "/session/" + session, null, Duration.ofSeconds(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      driver.destroy();
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
