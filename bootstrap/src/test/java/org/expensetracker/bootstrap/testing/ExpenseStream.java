package org.expensetracker.bootstrap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stream of expense creates, each with its own Idempotency-Key and a number in its description,
 * sent by a few writer threads until stopped; every attempt and its answer are kept, so fault tests
 * can check afterwards that each acknowledged expense exists exactly once and that retries with the
 * same keys land each exactly once.
 */
public final class ExpenseStream implements AutoCloseable {
  private static final String PREFIX = "Expense #";

  /**
   * One create: its key, the answer's status (0 when the connection failed), the id when the answer
   * was 2xx, when it was sent and how long the answer took.
   */
  public record Attempt(
      int number,
      String key,
      int status,
      Optional<String> acknowledgedId,
      ApiClient.Response response,
      long sentAtNanos,
      Duration took) {
    public boolean acknowledged() {
      return acknowledgedId.isPresent();
    }
  }

  private final String token;
  private final String path;
  private final Map<Integer, Attempt> attempts = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger acks = new AtomicInteger();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final ExecutorService writers = Executors.newCachedThreadPool();

  private ExpenseStream(String token, String workspace) {
    this.token = token;
    this.path = "/api/v1/workspaces/" + workspace + "/expenses";
  }

  /** A new user with a new workspace on {@code api}'s server (OTP must be off). */
  public static ExpenseStream inNewWorkspace(ApiClient api) {
    String token = api.newUser();
    String workspace =
        api.post("/api/v1/workspaces", token, ApiClient.json("name", "Faults"))
            .expect(201)
            .json()
            .get("id")
            .asText();
    return new ExpenseStream(token, workspace);
  }

  /** Starts {@code count} writers on {@code api}, each pausing {@code pause} between creates. */
  public ExpenseStream start(ApiClient api, int count, Duration pause) {
    for (int w = 0; w < count; w++) {
      writers.submit(
          () -> {
            while (running.get()) {
              int n = next.getAndIncrement();
              // Recorded before sending: a create the server never answers still counts.
              attempts.put(
                  n,
                  new Attempt(n, UUID.randomUUID().toString(), 0, Optional.empty(), null, 0, null));
              send(api, n);
              sleep(pause);
            }
          });
    }
    return this;
  }

  /** Waits until at least {@code count} creates were acknowledged. */
  public void awaitAcknowledged(int count, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (acks.get() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Only " + acks.get() + " creates acknowledged in " + within);
      }
      sleep(Duration.ofMillis(5));
    }
  }

  /** Stops the writers and waits for the creates they have in flight. */
  public void stop() {
    running.set(false);
    writers.shutdown();
    try {
      if (!writers.awaitTermination(60, TimeUnit.SECONDS)) {
        throw new AssertionError("Writers still running 60 s after stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends create number {@code n} (again) with its key and records the answer. */
  public Attempt send(ApiClient api, int n) {
    String key = attempts.get(n).key();
    String body =
        "{\"amount\":\"1."
            + String.format("%02d", n % 100)
            + "\",\"description\":\""
            + PREFIX
            + n
            + "\",\"category\":\"Faults\",\"spent_at\":\"2026-11-05\"}";
    long sent = System.nanoTime();
    ApiClient.Response r = null;
    try {
      r = api.send("POST", path, token, body, "Idempotency-Key", key);
    } catch (RuntimeException connectionFailed) {
      // status 0
    }
    Duration took = Duration.ofNanos(System.nanoTime() - sent);
    int status = r == null ? 0 : r.status();
    Optional<String> id =
        status / 100 == 2 ? Optional.of(r.json().get("id").asText()) : Optional.empty();
    Attempt attempt = new Attempt(n, key, status, id, r, sent, took);
    if (id.isPresent()) {
      acks.incrementAndGet();
    }
    attempts.put(n, attempt);
    return attempt;
  }

  /** Every create sent so far, by number, with its latest answer. */
  public Map<Integer, Attempt> attempts() {
    return Map.copyOf(attempts);
  }

  public int acknowledged() {
    return acks.get();
  }

  /** The stored expenses' ids, by the number in their description, read page by page. */
  public Map<Integer, List<String>> stored(ApiClient api) {
    Map<Integer, List<String>> byNumber = new HashMap<>();
    String cursor = null;
    do {
      JsonNode page =
          api.get(
                  path
                      + "?limit=200"
                      + (cursor == null
                          ? ""
                          : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                  token)
              .expect(200)
              .json();
      for (JsonNode item : page.get("items")) {
        int n = Integer.parseInt(item.get("description").asText().substring(PREFIX.length()));
        byNumber.computeIfAbsent(n, k -> new ArrayList<>()).add(item.get("id").asText());
      }
      cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
    } while (cursor != null);
    return byNumber;
  }

  /** Asserts that every acknowledged create is stored exactly once, under its id. */
  public void assertAcknowledgedStoredOnce(ApiClient api) {
    Map<Integer, List<String>> stored = stored(api);
    for (Attempt a : attempts.values()) {
      if (a.acknowledged()) {
        assertThat(stored.get(a.number()))
            .as("#" + a.number())
            .containsExactly(a.acknowledgedId().get());
      }
    }
  }

  /**
   * Sends every create again with its key and asserts that each is then stored exactly once, the
   * acknowledged ones under their first id.
   */
  public void assertRetriesLandExactlyOnce(ApiClient api) {
    Map<Integer, Attempt> before = attempts();
    for (Attempt first : before.values()) {
      Attempt retry = send(api, first.number());
      assertThat(retry.acknowledged()).as("retry of #" + first.number()).isTrue();
      if (first.acknowledged()) {
        assertThat(retry.acknowledgedId()).isEqualTo(first.acknowledgedId());
      }
    }
    Map<Integer, List<String>> stored = stored(api);
    assertThat(stored.keySet()).isEqualTo(before.keySet());
    assertThat(stored.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
  }

  @Override
  public void close() {
    running.set(false);
    writers.shutdownNow();
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
