package org.expensetracker.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.expensetracker.adapters.http.ExpenseJson.ExpenseResponse;
import org.expensetracker.adapters.http.ExpenseJson.MoneyLine;
import org.expensetracker.adapters.http.ExpenseJson.ShareLine;
import org.expensetracker.adapters.http.ExpenseJson.SplitJson;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written expense writer against Jackson's own serializer for the same record, with the
 * API's mapper otherwise unchanged: the same bytes for every shape an expense can take. A component
 * added to the record and not to the writer fails here.
 */
class ExpenseResponseWriterTest {
  private static final ObjectMapper API = Json.mapper();
  private static final ObjectMapper JACKSON =
      Json.mapper().addMixIn(ExpenseResponse.class, JacksonsOwn.class);
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final WorkspaceId WORKSPACE = new WorkspaceId(new UUID(0x77, 0x77));
  private static final List<UserId> PEOPLE =
      List.of(user(0x1), user(0xabcdef), user(-1L), user(Long.MIN_VALUE));

  @JsonSerialize(using = JsonSerializer.None.class)
  private abstract static class JacksonsOwn {}

  @Test
  void theReferenceReallyIsJacksonsOwnSerializer() throws Exception {
    assertThat(API.getSerializerProviderInstance().findValueSerializer(ExpenseResponse.class))
        .isInstanceOf(ExpenseResponseWriter.class);
    assertThat(JACKSON.getSerializerProviderInstance().findValueSerializer(ExpenseResponse.class))
        .isNotInstanceOf(ExpenseResponseWriter.class);
  }

  @ParameterizedTest
  @MethodSource("expenses")
  void writesWhatJacksonWouldForTheRecord(ExpenseResponse expense) throws Exception {
    assertThat(API.writeValueAsString(expense)).isEqualTo(JACKSON.writeValueAsString(expense));
    assertThat(new String(API.writeValueAsBytes(expense), StandardCharsets.UTF_8))
        .isEqualTo(new String(JACKSON.writeValueAsBytes(expense), StandardCharsets.UTF_8));
  }

  @Test
  void aPageOfExpensesIsWrittenAsJacksonWould() throws Exception {
    List<ExpenseResponse> items = expenses().toList();
    ExpenseJson.PageResponse page = new ExpenseJson.PageResponse(items, "next-cursor");

    assertThat(API.writeValueAsString(page)).isEqualTo(JACKSON.writeValueAsString(page));
  }

  @Test
  void aPageWrittenAsBytesIsTheUtf8OfThePageWrittenAsText() throws Exception {
    ExpenseJson.PageResponse page = new ExpenseJson.PageResponse(expenses().toList(), null);

    assertThat(API.writeValueAsBytes(page))
        .isEqualTo(API.writeValueAsString(page).getBytes(StandardCharsets.UTF_8));
  }

  static Stream<ExpenseResponse> expenses() {
    List<ExpenseResponse> all = new ArrayList<>();
    Instant created = Instant.parse("2026-11-05T10:15:30.123456Z");
    for (SplitMode mode : SplitMode.values()) {
      all.add(ExpenseJson.ExpenseResponse.of(expense(mode, 1, "Dinner", null, created)));
      all.add(
          ExpenseJson.ExpenseResponse.of(
              expense(
                  mode,
                  2,
                  "Quotes \" \\ / and\nlines\t\u0001 caf\u00e9 \uD83C\uDF55",
                  "x",
                  created)));
    }
    all.add(
        ExpenseJson.ExpenseResponse.of(
            expense(SplitMode.EQUAL, 1, "d", "", Instant.parse("2026-01-01T00:00:00Z"))));
    // Money spent in another currency, and every field a record can leave null.
    all.add(
        new ExpenseResponse(
            new UUID(1, 2),
            WORKSPACE.value(),
            "12.34",
            "EUR",
            "Taxi",
            "Travel",
            LocalDate.of(2026, 2, 28),
            PEOPLE.get(0).value(),
            List.of(new MoneyLine(PEOPLE.get(0).value(), "12.34")),
            new SplitJson(
                "shares",
                List.of(new ShareLine(PEOPLE.get(1).value(), null, null, BigInteger.TEN.pow(30)))),
            List.of(new MoneyLine(PEOPLE.get(1).value(), "12.34")),
            "notes",
            PEOPLE.get(0).value(),
            created,
            created.plusNanos(1),
            Long.MAX_VALUE,
            "1500",
            "JPY",
            "0.0082266666",
            "reference",
            LocalDate.of(2026, 2, 27)));
    all.add(
        new ExpenseResponse(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, 0, null, null, null, null, null));
    all.add(
        new ExpenseResponse(
            new UUID(0, 0),
            new UUID(-1, -1),
            "0.01",
            "EUR",
            "d",
            "c",
            LocalDate.of(1, 1, 1),
            null,
            List.of(),
            new SplitJson("exact", List.of(new ShareLine(null, null, null, null))),
            List.of(),
            null,
            new UUID(3, 4),
            Instant.EPOCH,
            Instant.EPOCH,
            1,
            null,
            null,
            null,
            null,
            null));
    return all.stream();
  }

  private static Expense expense(
      SplitMode mode, int payers, String description, String notes, Instant created) {
    Money amount = Money.ofMinor(10_001, EUR);
    List<Share> shares =
        switch (mode) {
          case EQUAL -> PEOPLE.stream().map(Share::of).toList();
          case EXACT ->
              List.of(
                  new Share(PEOPLE.get(0), new BigDecimal("50.01")),
                  new Share(PEOPLE.get(2), new BigDecimal("50")));
          case PERCENT ->
              List.of(
                  new Share(PEOPLE.get(1), new BigDecimal("33.33")),
                  new Share(PEOPLE.get(3), new BigDecimal("66.67")));
          case SHARES ->
              List.of(
                  new Share(PEOPLE.get(0), BigDecimal.ONE),
                  new Share(PEOPLE.get(1), new BigDecimal("2")),
                  new Share(PEOPLE.get(2), new BigDecimal("7")));
        };
    PaidBy paidBy =
        payers == 1
            ? new PaidBy.One(PEOPLE.get(3))
            : PaidBy.of(
                List.of(
                    new Payer(PEOPLE.get(0), Money.ofMinor(1, EUR)),
                    new Payer(PEOPLE.get(1), Money.ofMinor(10_000, EUR))));
    return new Expense(
        new ExpenseId(new UUID(mode.ordinal(), payers)),
        WORKSPACE,
        ExpenseDetails.of(
            amount.amount(), EUR, description, "Food", LocalDate.of(2026, 11, 5), notes),
        paidBy,
        new Split(mode, shares),
        PEOPLE.get(2),
        created,
        created.plusSeconds(60),
        3);
  }

  private static UserId user(long bits) {
    return new UserId(new UUID(bits, ~bits));
  }
}
