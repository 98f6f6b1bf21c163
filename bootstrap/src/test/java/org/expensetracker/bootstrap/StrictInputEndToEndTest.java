package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.expensetracker.bootstrap.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken request bodies get a quick 4xx problem document, never a 500 or a stack trace,
 * and nothing is stored. Exercised through a real JSON route (registration).
 */
@PostgresTest
class StrictInputEndToEndTest {
  private static final String REGISTER = "/api/v1/auth/register";
  private static ApiClient api;

  @BeforeAll
  static void start() {
    api = ApiClient.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static final String VALID_FIELDS =
      "\"email\":\"strict@example.com\",\"password\":\""
          + ApiClient.PASSWORD
          + "\",\"full_name\":\"S\"";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"email\":\"strict@example.com\"", // truncated
        "{" + VALID_FIELDS + "} trailing",
        "{" + VALID_FIELDS + "}{}",
        "{/* comment */" + VALID_FIELDS + "}",
        "{" + VALID_FIELDS + ",\"full_name\":\"dup\"}", // duplicate key
        "{" + VALID_FIELDS + ",\"x\":NaN}",
        "{" + VALID_FIELDS + ",\"x\":Infinity}",
        "{" + VALID_FIELDS + ",\"x\":1e1000000000}",
        "{\"email\":\"strict@example.com\",\"password\":\""
            + ApiClient.PASSWORD
            + "\",\"full_name\":\"nul\\u0000\"}",
        "{\"email\":123,\"password\":\""
            + ApiClient.PASSWORD
            + "\",\"full_name\":\"S\"}", // wrong type
        "{" + VALID_FIELDS + ",\"is_verified\":true}", // mass assignment
        "{" + VALID_FIELDS + ",\"role\":\"owner\"}",
        "[]",
        "null",
        "\"text\"",
      })
  void malformedOrHostileBodiesAre400Problems(String body) {
    Response r = api.post(REGISTER, null, body);
    assertProblem(r, 400);
    assertThat(
            api.post(
                    "/api/v1/auth/login",
                    null,
                    "{\"email\":\"strict@example.com\",\"password\":\""
                        + ApiClient.PASSWORD
                        + "\"}")
                .status())
        .as("nothing was registered")
        .isEqualTo(401);
  }

  @Test
  void deepNestingAndHugeNumbersAreRefusedQuickly() {
    String deep = "{" + VALID_FIELDS + ",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    String digits = "{" + VALID_FIELDS + ",\"x\":" + "9".repeat(2000) + "}";
    for (String body : new String[] {deep, digits}) {
      long start = System.nanoTime();
      assertProblem(api.post(REGISTER, null, body), 400);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  /**
   * Within Jackson's own defaults (nesting 1000, numbers of 1000 digits) but over ours (32 and 64),
   * in fields an expense does have: only our limits make these a malformed-json problem rather than
   * a field error found after the whole document was parsed.
   */
  static Stream<Named<String>> pastOurLimits() {
    String hundredDigits = "1" + "0".repeat(99);
    return Stream.of(
        named("100-digit amount", "\"amount\":" + hundredDigits),
        named(
            "100-digit payer amount",
            "\"amount\":\"10.00\",\"payers\":[{\"user_id\":\"{me}\",\"amount\":"
                + hundredDigits
                + "}]"),
        named("payers 40 deep", "\"payers\":" + "[".repeat(40) + "]".repeat(40)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pastOurLimits")
  void expenseFieldsPastOurNestingAndNumberLimitsAre400AndStoreNothing(String fields) {
    ApiClient.Person owner = api.newPerson();
    String expenses = api.newWorkspace("EUR", owner, Map.of()) + "/expenses";
    String body =
        "{"
            + fields.replace("{me}", owner.id().toString())
            + ",\"description\":\"Dinner\",\"category\":\"Food\",\"spent_at\":\"2026-11-05\"}";

    Response r = api.post(expenses, owner.token(), body);

    assertProblem(r, 400);
    assertThat(r.json().get("type").asText()).isEqualTo("/problems/malformed-json");
    assertThat(api.get(expenses, owner.token()).expect(200).json().get("items")).isEmpty();
  }

  @Test
  void unknownFieldsAreNamedInTheProblem() {
    Response r = api.post(REGISTER, null, "{" + VALID_FIELDS + ",\"is_verified\":true}");
    assertProblem(r, 400);
    assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo("is_verified");
  }

  @Test
  void invalidUtf8Is400() {
    byte[] prefix = ("{" + VALID_FIELDS.replace("\"S\"", "\"")).getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[prefix.length + 4];
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    body[prefix.length] = (byte) 0xC3; // truncated two-byte sequence
    body[prefix.length + 1] = (byte) 0x28;
    body[prefix.length + 2] = '"';
    body[prefix.length + 3] = '}';
    Response r =
        api.send(
            api.request(REGISTER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    assertProblem(r, 400);
  }

  @Test
  void aNonJsonContentTypeIs415() {
    Response r =
        api.send(
            api.request(REGISTER)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{" + VALID_FIELDS + "}"))
                .build());
    assertProblem(r, 415);
  }

  @Test
  void aBodyOverOneMebibyteIs413WithContentLength() {
    String big = "{" + VALID_FIELDS + ",\"pad\":\"" + "a".repeat(1 << 20) + "\"}";
    assertProblem(api.post(REGISTER, null, big), 413);
  }

  @Test
  void aBodyOverOneMebibyteIs413WhenChunked() {
    byte[] big =
        ("{" + VALID_FIELDS + ",\"pad\":\"" + "a".repeat(2 << 20) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    Response r =
        api.send(
            api.request(REGISTER)
                .header("Content-Type", "application/json")
                // No length known up front: the client sends Transfer-Encoding: chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build());
    assertProblem(r, 413);
  }

  /** Framing header and what is sent of the body before the client stops writing. */
  static Stream<Arguments> unreadableBodies() {
    return Stream.of(
        Arguments.of(
            named("shorter than its Content-Length", "Content-Length: 100"), "{\"email\":\""),
        Arguments.of(
            named("bad chunk size", "Transfer-Encoding: chunked"), "zz\r\n{}\r\n0\r\n\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  void aBodyThatCannotBeReadToItsEndIs400NotA500(String framing, String body) {
    String head =
        RawHttp.head("POST " + REGISTER + " HTTP/1.1", "Content-Type: application/json", framing);
    Response r = RawHttp.exchange(api.port(), head + body);
    assertProblem(r, 400);
    assertThat(r.json().get("type").asText()).isEqualTo("/problems/malformed-body");
  }

  private static void assertProblem(Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.json().get("status").asInt()).isEqualTo(status);
    assertThat(r.body()).doesNotContain("Exception", "at org.", "com.fasterxml");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("Cache-Control")).isEqualTo("no-store");
  }
}
