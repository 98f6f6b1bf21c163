package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.GetExpenseUseCase.GetExpense;
import org.expensetracker.application.port.in.MemberBalance;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.domain.balance.Balances;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Random members, expenses in every split mode, several payers and settlements, all through the
 * real core on PostgreSQL: the balances the SQL sums equal the domain's arithmetic on the stored
 * expenses, nets add up to zero, and recording the settle-up plan zeroes everyone within the bound.
 */
class SharedExpensesPropertiesTest {
  private static final Currency EUR = Currency.getInstance("EUR");
  private final PostgresStorage storage = TestDatabase.storage();
  private final ExpenseTracker core = SqlFixtures.core(storage);

  /** One expense as generated: amount in cents, payer choice, mode and raw per-member values. */
  record Spend(long cents, int payer, boolean twoPayers, SplitMode mode, List<Integer> values) {}

  /** One settlement between two member indexes. */
  record Payment(int from, int to, long cents) {}

  @Property(tries = 25)
  void sqlBalancesMatchTheDomainAndTheSettleUpPlanZeroesEveryone(
      @ForAll("spends") List<Spend> spends, @ForAll("payments") List<Payment> payments) {
    WorkspaceId ws = SqlFixtures.workspace(storage, EUR);
    List<UserId> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      UserId user = SqlFixtures.user(storage, "Person " + i);
      SqlFixtures.member(storage, ws, user, Role.ADMIN);
      people.add(user);
    }
    Scope scope = new Scope(ws, people.get(0));
    List<CostSharing> sharings = new ArrayList<>();
    for (Spend spend : spends) {
      Expense e = record(ws, people, spend);
      sharings.add(core.getExpense().get(new GetExpense(ws, people.get(0), e.id())).sharing());
      assertThat(
              e.sharing().parts().stream()
                  .map(p -> p.amount())
                  .reduce(Money.zero(EUR), Money::plus))
          .isEqualTo(e.amount());
    }
    List<Transfer> settled = new ArrayList<>();
    for (Payment p : payments) {
      settled.add(
          settle(scope, people.get(p.from()), people.get(p.to()), Money.ofMinor(p.cents(), EUR))
              .transfer());
    }

    List<MemberBalance> balances = core.balances().balances(scope).members();
    Balances expected = Balances.from(sharings, settled, EUR);
    for (MemberBalance b : balances) {
      assertThat(b.net()).isEqualTo(expected.balanceOf(b.user()).net());
    }
    assertThat(balances.stream().map(MemberBalance::net).reduce(Money.zero(EUR), Money::plus))
        .isEqualTo(Money.zero(EUR));

    long open = balances.stream().filter(b -> !b.net().isZero()).count();
    List<Transfer> plan = core.settleUp().settleUp(scope, true).transfers();
    assertThat(plan.size()).isLessThanOrEqualTo((int) Math.max(0, open - 1));
    for (Transfer t : plan) {
      settle(scope, t.from(), t.to(), t.amount());
    }
    assertThat(core.balances().balances(scope).members()).allMatch(b -> b.net().isZero());
    assertThat(core.settleUp().settleUp(scope, false).transfers()).isEmpty();
  }

  private Settlement settle(Scope scope, UserId from, UserId to, Money amount) {
    return core.recordSettlement()
        .record(
            new RecordSettlementUseCase.Command(
                scope, from, to, amount.amount(), null, Optional.empty()));
  }

  private Expense record(WorkspaceId ws, List<UserId> people, Spend spend) {
    Money amount = Money.ofMinor(spend.cents(), EUR);
    PaidBy paidBy;
    UserId first = people.get(spend.payer());
    if (spend.twoPayers() && spend.cents() >= 2) {
      UserId second = people.get((spend.payer() + 1) % people.size());
      long half = spend.cents() / 2;
      paidBy =
          new PaidBy.Several(
              List.of(
                  new Share(first, Money.ofMinor(half, EUR).amount()),
                  new Share(second, Money.ofMinor(spend.cents() - half, EUR).amount())));
    } else {
      paidBy = new PaidBy.One(first);
    }
    return core.createExpense()
        .create(
            new CreateExpense(
                ws,
                people.get(0),
                amount.amount(),
                "Random",
                "Test",
                LocalDate.of(2026, 11, 1),
                Optional.of(paidBy),
                Optional.of(split(people, spend, amount)),
                null));
  }

  /** Members with a value of 0 sit out; at least the first member with a value takes part. */
  private static Split split(List<UserId> people, Spend spend, Money amount) {
    List<Integer> in =
        IntStream.range(0, people.size()).filter(i -> spend.values().get(i) > 0).boxed().toList();
    List<Integer> taking = in.isEmpty() ? List.of(0) : in;
    return switch (spend.mode()) {
      case EQUAL -> Split.equalAmong(taking.stream().map(people::get).toList());
      case SHARES ->
          new Split(
              SplitMode.SHARES,
              taking.stream()
                  .map(
                      i ->
                          new Share(
                              people.get(i),
                              BigDecimal.valueOf(Math.max(1, spend.values().get(i)))))
                  .toList());
      case EXACT -> {
        // The first participant takes what the others' (capped) amounts leave.
        List<Share> shares = new ArrayList<>();
        long left = spend.cents();
        for (int k = 1; k < taking.size() && left > 1; k++) {
          long cents = Math.min(left - 1, spend.values().get(taking.get(k)));
          shares.add(new Share(people.get(taking.get(k)), Money.ofMinor(cents, EUR).amount()));
          left -= cents;
        }
        shares.add(new Share(people.get(taking.get(0)), Money.ofMinor(left, EUR).amount()));
        yield new Split(SplitMode.EXACT, shares);
      }
      case PERCENT -> {
        // Whole percentages for all but the first, who takes the rest of 100.
        List<Share> shares = new ArrayList<>();
        int left = 100;
        for (int k = 1; k < taking.size() && left > 1; k++) {
          int percent = Math.min(left - 1, spend.values().get(taking.get(k)));
          shares.add(new Share(people.get(taking.get(k)), BigDecimal.valueOf(percent)));
          left -= percent;
        }
        shares.add(new Share(people.get(taking.get(0)), BigDecimal.valueOf(left)));
        yield new Split(SplitMode.PERCENT, shares);
      }
    };
  }

  @Provide
  Arbitrary<List<Spend>> spends() {
    Arbitrary<List<Integer>> values = Arbitraries.integers().between(0, 30).list().ofSize(5);
    return Combinators.combine(
            Arbitraries.longs().between(1, 200_000),
            Arbitraries.integers().between(0, 4),
            Arbitraries.of(true, false),
            Arbitraries.of(SplitMode.class),
            values)
        .as(Spend::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Payment>> payments() {
    Arbitrary<Integer> member = Arbitraries.integers().between(0, 4);
    return Combinators.combine(member, member, Arbitraries.longs().between(1, 50_000))
        .filter((from, to, cents) -> !from.equals(to))
        .as(Payment::new)
        .list()
        .ofMaxSize(3);
  }
}
