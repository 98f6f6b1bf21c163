package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Ledger} and {@link Settlements} must do, run against the in-memory and the
 * PostgreSQL adapters alike.
 */
public abstract class LedgerContract {
  protected static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  protected abstract Ledger ledger();

  protected abstract Settlements settlements();

  protected abstract Expenses expenses();

  protected abstract Transactions transactions();

  protected abstract WorkspaceId newWorkspace(Currency currency);

  protected abstract UserId newUser(String fullName);

  protected abstract void addMember(WorkspaceId workspace, UserId user, Role role);

  protected abstract void removeMember(WorkspaceId workspace, UserId user);

  private WorkspaceId ws;
  private UserId ann;
  private UserId ben;
  private UserId cat;

  @BeforeEach
  void members() {
    ws = newWorkspace(EUR);
    ann = newUser("Ann Archer");
    ben = newUser("Ben Brook");
    cat = newUser("Cat Chase");
    addMember(ws, ann, Role.ADMIN);
    addMember(ws, ben, Role.MEMBER);
    addMember(ws, cat, Role.MEMBER);
  }

  private <T> T tx(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  private Expense stored(String amount, PaidBy paidBy, Split split) {
    Expense e =
        new Expense(
            new ExpenseId(UUID.randomUUID()),
            ws,
            ExpenseDetails.of(new BigDecimal(amount), EUR, "Trip", "Travel", DAY, null),
            paidBy,
            split,
            ann,
            T0,
            T0,
            1);
    tx(
        () -> {
          expenses().add(e);
          return null;
        });
    return e;
  }

  private Settlement settled(UserId from, UserId to, String amount, LocalDate day, int second) {
    Settlement s =
        new Settlement(
            new SettlementId(UUID.randomUUID()),
            ws,
            new Transfer(from, to, new Money(new BigDecimal(amount), EUR)),
            null,
            day,
            ann,
            T0.plusSeconds(second));
    tx(
        () -> {
          settlements().add(s);
          return null;
        });
    return s;
  }

  private String line(UserId user) {
    return tx(() -> ledger().totals(ws, EUR)).stream()
        .filter(t -> t.user().equals(user))
        .map(t -> t.fullName() + " paid " + t.paid() + " owes " + t.owed())
        .findFirst()
        .orElse("absent");
  }

  @Test
  void everyMemberHasALineAndExpensesAndSettlementsAddUpToZero() {
    stored("30.00", new PaidBy.One(ann), Split.equalAmong(List.of(ann, ben, cat)));
    stored(
        "10.00",
        new PaidBy.Several(
            List.of(new Share(ben, new BigDecimal("4")), new Share(cat, new BigDecimal("6")))),
        new Split(
            SplitMode.SHARES,
            List.of(new Share(ann, BigDecimal.ONE), new Share(ben, BigDecimal.ONE))));
    settled(ben, ann, "5.00", DAY, 1);
    UserId idle = newUser("Idle Ida");
    addMember(ws, idle, Role.VIEWER);

    assertThat(line(ann)).isEqualTo("Ann Archer paid 30.00 owes 20.00");
    assertThat(line(ben)).isEqualTo("Ben Brook paid 9.00 owes 15.00");
    assertThat(line(cat)).isEqualTo("Cat Chase paid 6.00 owes 10.00");
    assertThat(line(idle)).isEqualTo("Idle Ida paid 0.00 owes 0.00");
    List<Ledger.MemberTotals> totals = tx(() -> ledger().totals(ws, EUR));
    assertThat(totals).extracting(Ledger.MemberTotals::user).isSortedAccordingTo(UserId::compareTo);
    assertThat(
            totals.stream().map(t -> t.paid().minus(t.owed())).reduce(Money.zero(EUR), Money::plus))
        .isEqualTo(Money.zero(EUR));
  }

  @Test
  void aFormerMemberWithActivityKeepsALineAndAnotherWorkspaceCountsNothing() {
    stored("8.00", new PaidBy.One(cat), Split.equalAmong(List.of(ann, cat)));
    removeMember(ws, cat);
    WorkspaceId other = newWorkspace(EUR);

    assertThat(line(cat)).isEqualTo("Cat Chase paid 8.00 owes 4.00");
    assertThat(tx(() -> ledger().totals(other, EUR)))
        .noneMatch(t -> t.user().equals(cat) || t.user().equals(ann));
    assertThat(tx(() -> ledger().sharings(other, EUR))).isEmpty();
  }

  @Test
  void sharingsGiveEachExpensesPayersAndParts() {
    Expense e = stored("10.00", new PaidBy.One(ben), Split.equalAmong(List.of(ann, ben, cat)));
    List<CostSharing> sharings = tx(() -> ledger().sharings(ws, EUR));
    assertThat(sharings).containsExactly(e.sharing());
  }

  @Test
  void settlementsListNewestFirstPageByPageAndStayInTheirWorkspace() {
    Settlement old = settled(ann, ben, "1.00", DAY.minusDays(3), 1);
    Settlement sameDayEarlier = settled(ben, cat, "2.00", DAY, 2);
    Settlement newest = settled(cat, ann, "3.00", DAY, 3);
    WorkspaceId other = newWorkspace(EUR);

    assertThat(tx(() -> settlements().list(ws, Optional.empty(), 10)))
        .containsExactly(newest, sameDayEarlier, old);
    assertThat(tx(() -> settlements().list(ws, Optional.of(newest.id()), 1)))
        .containsExactly(sameDayEarlier);
    assertThat(tx(() -> settlements().list(other, Optional.empty(), 10))).isEmpty();
    assertThat(tx(() -> settlements().find(ws, old.id()))).contains(old);
    assertThat(tx(() -> settlements().find(other, old.id()))).isEmpty();
    assertThat(tx(() -> settlements().transfers(ws)))
        .containsExactlyInAnyOrder(old.transfer(), sameDayEarlier.transfer(), newest.transfer());
    Settlement deleted = old.delete(new Membership(ws, ann, Role.ADMIN, EUR), T0.plusSeconds(99));
    assertThat(tx(() -> settlements().markDeleted(deleted))).isTrue();
    assertThat(tx(() -> settlements().markDeleted(deleted))).isFalse();
    assertThat(tx(() -> settlements().find(ws, old.id()))).contains(deleted);
    assertThat(tx(() -> settlements().list(ws, Optional.empty(), 10)))
        .containsExactly(newest, sameDayEarlier);
    assertThat(tx(() -> settlements().transfers(ws)))
        .containsExactlyInAnyOrder(sameDayEarlier.transfer(), newest.transfer());
  }

  @Test
  void deletedExpensesAndSettlementsStopCountingInBalances() {
    Expense e = stored("30.00", new PaidBy.One(ann), Split.equalAmong(List.of(ann, ben, cat)));
    Settlement s = settled(ben, ann, "10.00", DAY, 1);
    Membership admin = new Membership(ws, ann, Role.ADMIN, EUR);

    tx(() -> settlements().markDeleted(s.delete(admin, T0.plusSeconds(5))));
    assertThat(line(ben)).isEqualTo("Ben Brook paid 0.00 owes 10.00");
    tx(() -> expenses().update(e.delete(admin, T0.plusSeconds(6)), 1));
    assertThat(line(ann)).isEqualTo("Ann Archer paid 0.00 owes 0.00");
    assertThat(line(ben)).isEqualTo("Ben Brook paid 0.00 owes 0.00");
    assertThat(tx(() -> ledger().sharings(ws, EUR))).isEmpty();
  }
}
