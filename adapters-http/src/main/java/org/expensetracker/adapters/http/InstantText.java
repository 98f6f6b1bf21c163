package org.expensetracker.adapters.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Writes an {@link Instant} exactly as {@link Instant#toString()} (ISO-8601 in UTC, fractions in
 * groups of three digits, none when zero), without a {@code DateTimeFormatter}: a page of 50
 * expenses carries 100 timestamps, and the formatter was a sixth of the page's JSON time. Years
 * outside 0000–9999 go through {@code toString()} itself.
 */
final class InstantText {
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  private InstantText() {}

  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    if (seconds < FIRST || seconds > LAST) {
      return instant.toString();
    }
    char[] out = new char[30];
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
    int second = (int) Math.floorMod(seconds, 86_400);
    int n = digits(out, 0, day.getYear(), 4);
    out[n++] = '-';
    n = digits(out, n, day.getMonthValue(), 2);
    out[n++] = '-';
    n = digits(out, n, day.getDayOfMonth(), 2);
    out[n++] = 'T';
    n = digits(out, n, second / 3600, 2);
    out[n++] = ':';
    n = digits(out, n, second / 60 % 60, 2);
    out[n++] = ':';
    n = digits(out, n, second % 60, 2);
    int nanos = instant.getNano();
    if (nanos != 0) {
      out[n++] = '.';
      if (nanos % 1_000_000 == 0) {
        n = digits(out, n, nanos / 1_000_000, 3);
      } else if (nanos % 1_000 == 0) {
        n = digits(out, n, nanos / 1_000, 6);
      } else {
        n = digits(out, n, nanos, 9);
      }
    }
    out[n++] = 'Z';
    return new String(out, 0, n);
  }

  /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
  private static int digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
    return at + width;
  }

  /** The Jackson serializer for responses. */
  static final class Serializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    Serializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value));
    }
  }
}
