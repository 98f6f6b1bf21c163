package org.expensetracker.adapters.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A local HTTP server standing in for a reference-rate provider (no internet in tests): answers
 * every request with what {@code answer} returns for its path and query, and records the requests.
 */
public final class FakeRateServer implements AutoCloseable {
  /** A status and a JSON body; a delay in milliseconds before answering. */
  public record Answer(int status, String body, long delayMillis) {
    public static Answer ok(String body) {
      return new Answer(200, body, 0);
    }
  }

  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  public FakeRateServer(Function<String, Answer> answer) {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String request = exchange.getRequestURI().toString();
          requests.add(request);
          Answer a = answer.apply(request);
          if (a.delayMillis() > 0) {
            try {
              Thread.sleep(a.delayMillis());
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          try {
            exchange.sendResponseHeaders(a.status(), body.length);
            exchange.getResponseBody().write(body);
          } catch (IOException e) {
            // the client gave up (timeout test)
          }
          exchange.close();
        });
    server.start();
  }

  /** Frankfurter's answer for one pair. */
  public static String frankfurter(String base, String date, String to, String rate) {
    return "{\"amount\":1.0,\"base\":\""
        + base
        + "\",\"date\":\""
        + date
        + "\",\"rates\":{\""
        + to
        + "\":"
        + rate
        + "}}";
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
  }

  public List<String> requests() {
    return requests;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
