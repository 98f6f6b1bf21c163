package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.junit.jupiter.api.Test;

/** The split as written: the user and the one value field of its mode, none for an equal split. */
class SplitJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final Currency USD = Currency.getInstance("USD");
  private static final UserId ANN = new UserId(new UUID(0, 1));

  private static String json(SplitMode mode, String value) throws Exception {
    Split split =
        new Split(mode, List.of(new Share(ANN, value == null ? null : new BigDecimal(value))));
    return MAPPER.writeValueAsString(ExpenseJson.SplitJson.of(split, USD));
  }

  @Test
  void eachModeWritesItsOwnFieldAndNoOther() throws Exception {
    String user = "{\"user_id\":\"" + ANN.value() + "\"";
    assertThat(json(SplitMode.EQUAL, null))
        .isEqualTo("{\"mode\":\"equal\",\"shares\":[" + user + "}]}");
    assertThat(json(SplitMode.EXACT, "12.5"))
        .isEqualTo("{\"mode\":\"exact\",\"shares\":[" + user + ",\"amount\":\"12.50\"}]}");
    assertThat(json(SplitMode.PERCENT, "33.33"))
        .isEqualTo("{\"mode\":\"percent\",\"shares\":[" + user + ",\"percent\":\"33.33\"}]}");
    assertThat(json(SplitMode.SHARES, "3"))
        .isEqualTo("{\"mode\":\"shares\",\"shares\":[" + user + ",\"weight\":3}]}");
  }
}
