package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import net.logstash.logback.encoder.LogstashEncoder;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * One line per request, in the text format of {@code logback.xml} and in the JSON of {@code
 * LOG_FORMAT=json}: method, route template, status, duration, request id, user; no secrets.
 */
@PostgresTest
class RequestLogEndToEndTest {
  private static final String REQUEST_LOG = "org.expensetracker.adapters.http.RequestLog";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }

  /** The encoder logback.xml gives the console. */
  private static Encoder<ILoggingEvent> textEncoder() {
    var console =
        (OutputStreamAppender<ILoggingEvent>)
            context().getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.CONSOLE);
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context());
    encoder.setPattern(((PatternLayoutEncoder) console.getEncoder()).getPattern());
    encoder.start();
    return encoder;
  }

  /** Captures what the request log writes with {@code encoder} while {@code requests} run. */
  private static List<String> capture(Encoder<ILoggingEvent> encoder, Runnable requests)
      throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context());
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.start();
    Logger logger = context().getLogger(REQUEST_LOG);
    logger.addAppender(appender);
    try {
      requests.run();
      // The request logger runs once the response is on its way: give it a moment.
      Thread.sleep(300);
    } finally {
      logger.detachAppender(appender);
      appender.stop();
    }
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static String only(List<String> lines, Predicate<String> which) {
    List<String> matching = lines.stream().filter(which).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }

  @Test
  void aLoginIsOneReadableLineWithoutThePasswordOrTheToken() throws Exception {
    String email = "logged-" + UUID.randomUUID() + "@example.com";
    api.newUser(email);
    String requestId = "login-" + UUID.randomUUID();
    String[] token = new String[1];
    List<String> lines =
        capture(
            textEncoder(),
            () ->
                token[0] =
                    api.send(
                            "POST",
                            "/api/v1/auth/login",
                            null,
                            json("email", email, "password", ApiClient.PASSWORD),
                            "X-Request-Id",
                            requestId)
                        .expect(200)
                        .json()
                        .get("access_token")
                        .asText());

    String line = only(lines, l -> l.contains(requestId));
    assertThat(line)
        .matches(
            "\\S+ INFO  \\S+ - POST /api/v1/auth/login 200 \\d+ms request="
                + requestId
                + " user=-");
    assertThat(String.join("\n", lines))
        .doesNotContain(ApiClient.PASSWORD)
        .doesNotContain(token[0])
        .doesNotContain(email);
  }

  @Test
  void anAuthenticatedRequestNamesItsUserAndRouteTemplateInJson() throws Exception {
    String token = api.newUser();
    UUID user = api.userId(token);
    String workspace =
        api.post("/api/v1/workspaces", token, json("name", "Logged")).json().get("id").asText();
    List<String> lines =
        capture(
            LogFormat.jsonEncoder(context()),
            () -> api.get("/api/v1/workspaces/" + workspace + "?x=secret", token));

    JsonNode entry = JSON.readTree(only(lines, l -> l.contains("workspace_id")));
    assertThat(entry.get("http_method").asText()).isEqualTo("GET");
    assertThat(entry.get("route").asText()).isEqualTo("/api/v1/workspaces/{workspace_id}");
    assertThat(entry.get("status").asText()).isEqualTo("200");
    assertThat(entry.get("duration_ms").asLong()).isNotNegative();
    assertThat(entry.get("request_id").asText()).isNotBlank();
    assertThat(entry.get("user_id").asText()).isEqualTo(user.toString());
    assertThat(entry.get("level").asText()).isEqualTo("INFO");
    assertThat(entry.get("message").asText())
        .startsWith("GET /api/v1/workspaces/{workspace_id} 200 ");
    assertThat(lines.toString())
        .doesNotContain(workspace)
        .doesNotContain("secret")
        .doesNotContain(token);
  }

  @Test
  void aRefusedTokenIsLoggedWithoutTheTokenOrAUser() throws Exception {
    String forged = "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.";
    List<String> lines =
        capture(textEncoder(), () -> api.get("/api/v1/users/me", forged).expect(401));
    String line = only(lines, l -> l.contains("/api/v1/users/me"));
    assertThat(line).contains("GET /api/v1/users/me 401 ").endsWith(" user=-");
    assertThat(line).doesNotContain(forged);
  }

  @Test
  void logFormatJsonSwitchesTheConsoleAndTextLeavesIt() {
    var console =
        (OutputStreamAppender<ILoggingEvent>)
            context().getLogger(Logger.ROOT_LOGGER_NAME).getAppender(LogFormat.CONSOLE);
    Encoder<ILoggingEvent> original = console.getEncoder();
    try {
      LogFormat.TEXT.apply();
      assertThat(console.getEncoder()).isSameAs(original);
      LogFormat.JSON.apply();
      assertThat(console.getEncoder()).isInstanceOf(LogstashEncoder.class);
      assertThat(console.isStarted()).isTrue();
    } finally {
      console.stop();
      console.setEncoder(original);
      console.start();
    }
  }
}
