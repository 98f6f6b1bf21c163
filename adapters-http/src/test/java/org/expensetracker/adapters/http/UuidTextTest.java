package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidTextTest {
  @Test
  void writesWhatUuidToStringWritesForAnyId() {
    Random random = new Random(8);
    for (int i = 0; i < 200_000; i++) {
      UUID id = i % 2 == 0 ? UUID.randomUUID() : new UUID(random.nextLong(), random.nextLong());
      assertThat(new String(UuidText.quoted(id))).isEqualTo('"' + id.toString() + '"');
    }
  }

  @Test
  void edgesOfEachGroup() {
    for (UUID id :
        new UUID[] {
          new UUID(0, 0),
          new UUID(-1, -1),
          new UUID(Long.MIN_VALUE, Long.MIN_VALUE),
          new UUID(Long.MAX_VALUE, 1),
          UUID.fromString("00000001-0002-0003-0004-000000000005"),
          UUID.fromString("fedcba98-7654-3210-0123-456789abcdef")
        }) {
      assertThat(new String(UuidText.quoted(id))).isEqualTo('"' + id.toString() + '"');
    }
  }

  record Line(UUID userId, String amount, UUID other) {}

  @Test
  void theApiMapperWritesIdsThisWayAsTextAndAsBytesWithSeparatorsInPlace() throws Exception {
    ObjectMapper mapper = Json.mapper();
    UUID a = UUID.fromString("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
    UUID b = new UUID(1, 2);
    Object value = List.of(new Line(a, "1.00", null), new Line(b, "2.50", a));
    String expected =
        "[{\"user_id\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\",\"amount\":\"1.00\",\"other\":null},"
            + "{\"user_id\":\"00000000-0000-0001-0000-000000000002\",\"amount\":\"2.50\","
            + "\"other\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\"}]";
    assertThat(mapper.writeValueAsString(value)).isEqualTo(expected);
    assertThat(new String(mapper.writeValueAsBytes(value), StandardCharsets.UTF_8))
        .isEqualTo(expected);
    assertThat(mapper.writeValueAsString(Arrays.asList(a, null, b)))
        .isEqualTo("[\"" + a + "\",null,\"" + b + "\"]");
    assertThat(
            mapper.readValue(
                mapper.writeValueAsString(Map.of("id", a)),
                new TypeReference<Map<String, UUID>>() {}))
        .containsEntry("id", a);
  }
}
