package org.expensetracker.bootstrap.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Named;

/**
 * HTTP/1.1 over a plain socket, for what {@code java.net.http} will not send as written: {@code //}
 * or {@code ..;} in a path, oversized or illegal headers, a body shorter than its Content-Length,
 * broken chunking. The request goes out byte for byte, the socket's output is then closed, and the
 * answer is read until the server closes, into the same {@link ApiClient.Response} as other calls.
 * Answers are expected with a Content-Length or none (no chunked decoding).
 */
public final class RawHttp {
  private static final int TIMEOUT_MILLIS = 10_000;

  private RawHttp() {}

  /** A request head from its request line and header lines, Host and Connection: close added. */
  public static String head(String requestLine, String... headerLines) {
    StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    return head.append("Connection: close\r\n\r\n").toString();
  }

  /** As {@link #head}, named by its request line (shortened) for test reports. */
  public static Named<String> request(String requestLine, String... headerLines) {
    return named(requestLine, head(requestLine, headerLines));
  }

  /** {@code request} named by {@code requestLine} (shortened) for test reports. */
  public static Named<String> named(String requestLine, String request) {
    String name = requestLine.length() > 60 ? requestLine.substring(0, 57) + "..." : requestLine;
    return Named.of(name, request);
  }

  /** Sends {@code request} (ISO-8859-1, as HTTP heads are) and reads the whole answer. */
  public static ApiClient.Response exchange(int port, String request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.shutdownOutput();
      byte[] answer = socket.getInputStream().readAllBytes();
      return parse(new String(answer, StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Status, headers and body of the answer in {@code raw}. */
  private static ApiClient.Response parse(String raw) {
    int end = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("Not an HTTP answer: " + raw);
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(lines[i].substring(0, colon), k -> new ArrayList<>())
          .add(lines[i].substring(colon + 1).trim());
    }
    int status = Integer.parseInt(lines[0].substring(9, 12));
    byte[] body = raw.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    return new ApiClient.Response(
        status,
        HttpHeaders.of(headers, (name, value) -> true),
        new String(body, StandardCharsets.UTF_8));
  }
}
