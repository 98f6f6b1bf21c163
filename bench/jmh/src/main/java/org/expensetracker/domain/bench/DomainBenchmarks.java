package org.expensetracker.domain.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.expensetracker.domain.balance.Balances;
import org.expensetracker.domain.balance.SettleUp;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Split allocation and settle-up, the domain's CPU work per request (issue 8). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DomainBenchmarks {
  private static final Currency USD = Currency.getInstance("USD");

  /** Members in the split, and members with a balance to settle. */
  @Param({"12", "1000"})
  public int members;

  private Split equal;
  private Split weighted;
  private Money amount;
  private Balances balances;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<UserId> users = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      users.add(new UserId(new UUID(0, i + 1)));
    }
    equal = Split.equalAmong(users);
    List<Share> shares = new ArrayList<>();
    for (UserId user : users) {
      shares.add(new Share(user, BigDecimal.valueOf(1 + random.nextInt(5))));
    }
    weighted = new Split(SplitMode.SHARES, shares);
    amount = Money.ofMinor(1_000_003, USD);
    // Random nets that add up to zero: the last member takes the remainder.
    Map<UserId, Money> paid = new HashMap<>();
    Map<UserId, Money> owed = new HashMap<>();
    long sum = 0;
    for (int i = 0; i < members; i++) {
      long net = i == members - 1 ? -sum : random.nextInt(200_001) - 100_000;
      sum += net;
      paid.put(users.get(i), Money.ofMinor(Math.max(net, 0), USD));
      owed.put(users.get(i), Money.ofMinor(Math.max(-net, 0), USD));
    }
    balances = Balances.of(paid, owed, USD);
  }

  @Benchmark
  public List<Part> splitEqually() {
    return equal.partsOf(amount);
  }

  @Benchmark
  public List<Part> splitByShares() {
    return weighted.partsOf(amount);
  }

  @Benchmark
  public List<Transfer> settleUp() {
    return SettleUp.suggest(balances);
  }
}
