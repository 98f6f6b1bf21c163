package org.expensetracker.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The HTTP adapter's CPU work per request: JSON of a 50-item page (as the list route writes it) and
 * verifying a bearer token (issue 8). In the adapter's package to reach its package-private
 * response records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HttpBenchmarks {
  private static final Currency USD = Currency.getInstance("USD");

  private final ObjectMapper mapper = Json.mapper();
  private List<Expense> page;
  private JwtTokens tokens;
  private String token;

  @Setup
  public void setUp() {
    WorkspaceId workspace = new WorkspaceId(new UUID(7, 7));
    List<UserId> members = List.of(user(1), user(2), user(3), user(4));
    Instant created = Instant.parse("2026-11-05T10:15:30.123456Z");
    page = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Money amount = Money.ofMinor(1_000L + 37L * i, USD);
      ExpenseDetails details =
          ExpenseDetails.of(
              amount.amount(),
              USD,
              "Dinner at the harbour " + i,
              "Food",
              LocalDate.of(2026, 11, 1 + i % 28),
              i % 5 == 0 ? "with everyone" : null);
      page.add(
          new Expense(
              new ExpenseId(new UUID(9, i)),
              workspace,
              details,
              PaidBy.of(List.of(new Payer(members.get(i % 4), amount))),
              Split.equalAmong(members),
              members.get(0),
              created,
              created,
              1));
    }
    tokens =
        new JwtTokens(
            TokenSettings.of(
                "a benchmark secret key that is long enough", "HS256", Duration.ofMinutes(30)));
    token = tokens.issue(user(1), Instant.now()).token();
    if (tokens.verify(token).isEmpty()) { // else the benchmark would measure the failure path
      throw new IllegalStateException("benchmark token does not verify");
    }
  }

  private static UserId user(int n) {
    return new UserId(new UUID(1, n));
  }

  @Benchmark
  public byte[] pageOf50ToJson() throws Exception {
    return mapper.writeValueAsBytes(pageResponse());
  }

  /**
   * The same page the way Javalin's {@code ctx.json} sends it: Jackson writes a {@code String},
   * which Javalin then encodes as UTF-8.
   */
  @Benchmark
  public byte[] pageOf50ToJsonViaString() throws Exception {
    return mapper.writeValueAsString(pageResponse()).getBytes(StandardCharsets.UTF_8);
  }

  /** The response records of the page, built per call as the route builds them. */
  private ExpenseJson.PageResponse pageResponse() {
    List<ExpenseJson.ExpenseResponse> items = new ArrayList<>(page.size());
    for (Expense e : page) {
      items.add(ExpenseJson.ExpenseResponse.of(e));
    }
    return new ExpenseJson.PageResponse(items, "c".repeat(120));
  }

  /**
   * Rebuilding the page's 50 expenses from their stored parts, as the persistence adapter does for
   * each list request (the constructor derives and re-checks each expense's sharing).
   */
  @Benchmark
  public List<Expense> rebuildPageOf50() {
    List<Expense> rebuilt = new ArrayList<>(page.size());
    for (Expense e : page) {
      rebuilt.add(
          new Expense(
              e.id(),
              e.workspace(),
              e.details(),
              e.paidBy(),
              e.split(),
              e.createdBy(),
              e.createdAt(),
              e.updatedAt(),
              e.version()));
    }
    return rebuilt;
  }

  @Benchmark
  public Optional<TokenVerifier.Claims> verifyJwt() {
    return tokens.verify(token);
  }
}
