package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  @Test
  void writesWhatInstantToStringWritesForAnyInstant() {
    Random random = new Random(8);
    long first = Instant.parse("-1000-01-01T00:00:00Z").getEpochSecond();
    long last = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 200_000; i++) {
      long seconds = first + Math.floorMod(random.nextLong(), last - first);
      int nanos =
          switch (i % 4) {
            case 0 -> 0;
            case 1 -> random.nextInt(1000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
          };
      Instant instant = Instant.ofEpochSecond(seconds, nanos);
      assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
    }
  }

  @Test
  void edgesOfTheFastPathAndOfADay() {
    for (String text :
        new String[] {
          "0000-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "1970-01-01T00:00:00Z",
          "1969-12-31T23:59:59.000001Z",
          "2024-02-29T12:00:00.100Z",
          "2026-12-01T23:59:59.000000001Z",
          "-0001-12-31T23:59:59Z",
          "+10000-01-01T00:00:00Z"
        }) {
      Instant instant = Instant.parse(text);
      assertThat(InstantText.format(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    }
  }

  @Test
  void theApiMapperWritesInstantsThisWay() throws Exception {
    ObjectMapper mapper = Json.mapper();
    Instant at = Instant.parse("2026-12-01T21:36:49.123456Z");
    assertThat(mapper.writeValueAsString(Map.of("at", at)))
        .isEqualTo("{\"at\":\"2026-12-01T21:36:49.123456Z\"}");
    assertThat(mapper.readValue("\"2026-12-01T21:36:49.123456Z\"", Instant.class)).isEqualTo(at);
  }
}
