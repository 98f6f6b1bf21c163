package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePatch;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.expense.PaidBy;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Conversion;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Expenses} must do, run against the in-memory one and against PostgreSQL: the
 * same rows, the same orders (ties broken by id), the same filters, complete keyset pages and exact
 * sums.
 */
public abstract class ExpensesContract {
  protected static final Currency USD = Currency.getInstance("USD");
  protected static final Instant T0 = Instant.parse("2026-11-01T08:00:00.123456Z");

  protected abstract Expenses expenses();

  protected abstract Transactions transactions();

  /** A workspace that exists (in SQL: a row in workspaces). */
  protected abstract WorkspaceId newWorkspace(Currency currency);

  /** A user that exists (in SQL: a row in users). */
  protected abstract UserId newUser(String fullName);

  /** Where {@link Expenses#listAsReader}'s default reads memberships from. */
  protected abstract Memberships memberships();

  /** {@code user} joins {@code workspace} (created by {@link #newWorkspace}) as {@code role}. */
  protected abstract void join(WorkspaceId workspace, UserId user, Role role);

  protected WorkspaceId ws;
  protected UserId alice;
  protected UserId bob;
  private int created;

  @BeforeEach
  void givenAWorkspaceWithTwoPeople() {
    ws = newWorkspace(USD);
    alice = newUser("Alice Archer");
    bob = newUser("Bob Baker");
  }

  private <T> T tx(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  protected Expense expense(
      WorkspaceId workspace, String amount, String category, LocalDate day, UserId payer) {
    return expense(workspace, amount, "Expense " + created, category, day, payer, null);
  }

  protected Expense expense(
      WorkspaceId workspace,
      String amount,
      String description,
      String category,
      LocalDate day,
      UserId payer,
      String notes) {
    Instant at = T0.plusMillis(1000L * created++);
    return new Expense(
        new ExpenseId(UUID.randomUUID()),
        workspace,
        ExpenseDetails.of(new BigDecimal(amount), USD, description, category, day, notes),
        new PaidBy.One(payer),
        Split.equalAmong(List.of(payer)),
        payer,
        at,
        at,
        1);
  }

  protected Expense stored(Expense e) {
    tx(
        () -> {
          expenses().add(e);
          return null;
        });
    return e;
  }

  private static LocalDate day(int dayOfNovember) {
    return LocalDate.of(2026, 11, dayOfNovember);
  }

  private Expenses.Query query(ExpenseFilter filter, ExpenseSort sort) {
    return new Expenses.Query(ws, USD, filter, sort, Optional.empty());
  }

  private List<Expense> all(ExpenseFilter filter, ExpenseSort sort) {
    return tx(() -> expenses().list(query(filter, sort), 1000));
  }

  private ExpenseFilter text(String q) {
    return filter(null, null, null, null, null, null, null, q);
  }

  @Test
  void anAddedExpenseReadsBackEqualInItsWorkspaceOnly() {
    Expense e =
        stored(expense(ws, "12.50", "Dinner", "Food", day(5), alice, "with Bob and the dog"));
    WorkspaceId other = newWorkspace(USD);

    assertThat(tx(() -> expenses().find(ws, e.id()))).contains(e);
    assertThat(tx(() -> expenses().findForUpdate(ws, e.id()))).contains(e);
    assertThat(tx(() -> expenses().find(other, e.id()))).isEmpty();
    assertThat(tx(() -> expenses().findForUpdate(other, e.id()))).isEmpty();
  }

  @Test
  void anUpdateAppliesOnlyFromTheVersionItWasMadeFrom() {
    Expense e = stored(expense(ws, "10.00", "Food", day(1), alice));
    Expense changed =
        e.apply(
            ExpensePatch.none().withoutNotes().withAmount(BigDecimal.ONE), T0.plusSeconds(3600));
    Expense again = changed.apply(ExpensePatch.none().withCategory("Fun"), T0.plusSeconds(7200));

    assertThat(tx(() -> expenses().update(again, 2))).isFalse();
    assertThat(tx(() -> expenses().update(changed, 1))).isTrue();
    assertThat(tx(() -> expenses().update(changed, 1))).isFalse();
    assertThat(tx(() -> expenses().find(ws, e.id()))).contains(changed);
  }

  @Test
  void anUpdateOrRemovalNeverReachesAnotherWorkspace() {
    Expense e = stored(expense(ws, "10.00", "Food", day(1), alice));
    WorkspaceId other = newWorkspace(USD);
    Expense foreign =
        new Expense(
            e.id(),
            other,
            e.details(),
            e.paidBy(),
            e.split(),
            e.createdBy(),
            e.createdAt(),
            e.updatedAt(),
            2);

    assertThat(tx(() -> expenses().update(foreign, 1))).isFalse();
    assertThat(tx(() -> expenses().find(ws, e.id()))).contains(e);
    assertThat(tx(() -> expenses().find(other, e.id()))).isEmpty();
  }

  @Test
  void aDeletedExpenseIsKeptButLeavesListsAndSummariesUntilRestored() {
    Expense live = stored(expense(ws, "10.00", "Food", day(1), alice));
    Expense other = stored(expense(ws, "2.50", "Food", day(2), bob));
    Membership admin = new Membership(ws, alice, Role.ADMIN, USD);
    Expense deleted = live.delete(admin, T0.plusSeconds(60));

    assertThat(tx(() -> expenses().update(deleted, 1))).isTrue();
    assertThat(tx(() -> expenses().find(ws, live.id()))).contains(deleted);
    assertThat(all(ExpenseFilter.all(), ExpenseSort.DEFAULT)).containsExactly(other);
    assertThat(
            tx(
                () ->
                    expenses()
                        .list(
                            new Expenses.Query(
                                ws,
                                USD,
                                ExpenseFilter.all(),
                                ExpenseSort.DEFAULT,
                                Optional.empty(),
                                true),
                            10)))
        .containsExactly(deleted);
    assertThat(tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty())).total())
        .hasToString("2.50");

    Expense restored = deleted.restore(admin, T0.plusSeconds(120));
    assertThat(tx(() -> expenses().update(restored, 2))).isTrue();
    assertThat(all(ExpenseFilter.all(), ExpenseSort.DEFAULT)).containsExactly(other, restored);
  }

  @Test
  void everyOrderSortsByItsKeyThenByIdInTheSameDirection() {
    List<Expense> added = new ArrayList<>();
    // Ties on every key: equal days, equal amounts.
    for (int i = 0; i < 12; i++) {
      added.add(stored(expense(ws, String.valueOf(1 + i % 3), "Food", day(1 + i % 4), alice)));
    }
    for (ExpenseSort sort : ExpenseSort.values()) {
      List<Expense> expected = added.stream().sorted(InMemoryExpenses.order(sort)).toList();
      assertThat(all(ExpenseFilter.all(), sort))
          .as(sort.wireName())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void walkingEveryPageReturnsEveryRowExactlyOnceInOrder() {
    for (int i = 0; i < 23; i++) {
      stored(
          expense(ws, String.valueOf(1 + i % 5), "Food", day(1 + i % 3), i % 2 == 0 ? alice : bob));
    }
    for (ExpenseSort sort : ExpenseSort.values()) {
      List<Expense> walked = walk(ExpenseFilter.all(), sort, 4, () -> {});
      assertThat(walked)
          .as(sort.wireName())
          .containsExactlyElementsOf(all(ExpenseFilter.all(), sort));
      assertThat(walked).hasSize(23);
    }
  }

  @Test
  void rowsInsertedWhileWalkingNeitherRepeatNorHideExistingRows() {
    List<Expense> before = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      before.add(stored(expense(ws, "5.00", "Food", day(1 + i % 10), alice)));
    }
    List<Expense> walked =
        walk(
            ExpenseFilter.all(),
            ExpenseSort.DEFAULT,
            3,
            () -> {
              stored(expense(ws, "5.00", "Food", day(1), bob)); // behind the cursor
              stored(expense(ws, "5.00", "Food", day(30), bob)); // already passed
            });
    Set<ExpenseId> seen = new HashSet<>();
    for (Expense e : walked) {
      assertThat(seen.add(e.id())).as("seen twice: " + e.id()).isTrue();
    }
    assertThat(seen).containsAll(before.stream().map(Expense::id).toList());
  }

  private List<Expense> walk(
      ExpenseFilter filter, ExpenseSort sort, int pageSize, Runnable betweenPages) {
    List<Expense> walked = new ArrayList<>();
    Optional<ExpensePosition> after = Optional.empty();
    for (int guard = 0; guard < 1000; guard++) {
      Expenses.Query q = new Expenses.Query(ws, USD, filter, sort, after);
      List<Expense> page = tx(() -> expenses().list(q, pageSize));
      walked.addAll(page);
      if (page.size() < pageSize) {
        return walked;
      }
      after = Optional.of(ExpensePosition.of(page.get(page.size() - 1)));
      betweenPages.run();
    }
    throw new AssertionError("never reached the last page");
  }

  @Test
  void everyFilterKeepsOnlyMatchingRows() {
    WorkspaceId other = newWorkspace(USD);
    stored(expense(other, "7.00", "Food", day(3), alice));
    Expense a = stored(expense(ws, "7.00", "Food", day(3), alice));
    Expense b = stored(expense(ws, "7.01", "Travel", day(4), bob));
    Expense c = stored(expense(ws, "100.00", "Food", day(10), bob));

    ExpenseFilter none = ExpenseFilter.all();
    assertThat(all(none, ExpenseSort.AMOUNT)).containsExactly(a, b, c);
    assertThat(all(none.withDates(day(4), day(10)), ExpenseSort.AMOUNT)).containsExactly(b, c);
    assertThat(all(none.withDates(day(3), day(3)), ExpenseSort.AMOUNT)).containsExactly(a);
    assertThat(all(filter(null, null, "Food", null, null, null, null), ExpenseSort.AMOUNT))
        .containsExactly(a, c);
    assertThat(all(filter(null, null, null, bob, null, null, null), ExpenseSort.AMOUNT))
        .containsExactly(b, c);
    assertThat(all(filter(null, null, null, null, alice, null, null), ExpenseSort.AMOUNT))
        .containsExactly(a);
    assertThat(all(filter(null, null, null, null, null, "7.01", null), ExpenseSort.AMOUNT))
        .containsExactly(b, c);
    assertThat(all(filter(null, null, null, null, null, null, "7.01"), ExpenseSort.AMOUNT))
        .containsExactly(a, b);
    assertThat(all(filter(day(1), day(30), "Food", bob, bob, "50", "100"), ExpenseSort.AMOUNT))
        .containsExactly(c);
  }

  private static ExpenseFilter filter(
      LocalDate from,
      LocalDate to,
      String category,
      UserId paidBy,
      UserId createdBy,
      String min,
      String max) {
    return filter(from, to, category, paidBy, createdBy, min, max, null);
  }

  private static ExpenseFilter filter(
      LocalDate from,
      LocalDate to,
      String category,
      UserId paidBy,
      UserId createdBy,
      String min,
      String max,
      String text) {
    return new ExpenseFilter(
        Optional.ofNullable(from),
        Optional.ofNullable(to),
        Optional.ofNullable(category),
        Optional.ofNullable(paidBy),
        Optional.ofNullable(createdBy),
        Optional.ofNullable(min).map(BigDecimal::new),
        Optional.ofNullable(max).map(BigDecimal::new),
        Optional.ofNullable(text));
  }

  @Test
  void textSearchIsCaseInsensitiveOverDescriptionAndNotes() {
    Expense dinner = stored(expense(ws, "1", "Team DINNER", "Food", day(1), alice, null));
    Expense taxi = stored(expense(ws, "1", "Taxi", "Travel", day(2), alice, "after the dinner"));
    stored(expense(ws, "1", "Hotel", "Travel", day(3), alice, "two nights"));

    assertThat(all(text("dinner"), ExpenseSort.SPENT_AT)).containsExactly(dinner, taxi);
    assertThat(all(text("NIGHTS"), ExpenseSort.SPENT_AT)).hasSize(1);
    assertThat(all(text("breakfast"), ExpenseSort.SPENT_AT)).isEmpty();
  }

  @Test
  void likeWildcardsInTheSearchTextAreLiteral() {
    Expense percent = stored(expense(ws, "1", "50% off", "Food", day(1), alice, null));
    Expense underscore = stored(expense(ws, "1", "snake_case", "Food", day(2), alice, null));
    Expense backslash = stored(expense(ws, "1", "back\\slash", "Food", day(3), alice, null));
    stored(expense(ws, "1", "500 off", "Food", day(4), alice, null));
    stored(expense(ws, "1", "snakeXcase", "Food", day(5), alice, null));

    assertThat(all(text("% o"), ExpenseSort.SPENT_AT)).containsExactly(percent);
    assertThat(all(text("0% o"), ExpenseSort.SPENT_AT)).containsExactly(percent);
    assertThat(all(text("e_c"), ExpenseSort.SPENT_AT)).containsExactly(underscore);
    assertThat(all(text("_ca"), ExpenseSort.SPENT_AT)).containsExactly(underscore);
    assertThat(all(text("k\\s"), ExpenseSort.SPENT_AT)).containsExactly(backslash);
  }

  @Test
  void aReaderGetsTheirMembershipWithTheListsPagesAndAnyoneElseNothing() {
    WorkspaceId nothingYet = newWorkspace(USD);
    join(ws, alice, Role.VIEWER);
    join(nothingYet, alice, Role.MEMBER);
    for (int i = 0; i < 11; i++) {
      stored(
          expense(
              ws, String.valueOf(1 + i % 4), i % 3 == 0 ? "Fun" : "Food", day(1 + i % 5), alice));
    }
    Expense deleted = stored(expense(ws, "9.00", "Food", day(2), alice));
    tx(
        () ->
            expenses()
                .update(
                    deleted.delete(new Membership(ws, alice, Role.ADMIN, USD), T0.plusSeconds(5)),
                    1));
    List<ExpenseFilter> filters =
        List.of(
            ExpenseFilter.all(),
            filter(null, null, "Food", null, null, null, null),
            filter(day(2), day(4), null, null, null, null, null),
            text("xpense 1"));

    for (ExpenseSort sort : ExpenseSort.values()) {
      for (ExpenseFilter filter : filters) {
        List<Expense> expected = all(filter, sort);
        assertThat(expected).as("%s %s", sort, filter).isNotEmpty().doesNotContain(deleted);
        Optional<ExpensePosition> after = Optional.empty();
        for (int from = 0; from < expected.size(); from += 3) {
          Expenses.ReaderQuery query = new Expenses.ReaderQuery(alice, ws, filter, sort, after);
          Expenses.ReaderPage page =
              tx(() -> expenses().listAsReader(memberships(), query, 3)).orElseThrow();
          List<Expense> rows = expected.subList(from, Math.min(from + 3, expected.size()));

          assertThat(page.reader()).isEqualTo(new Membership(ws, alice, Role.VIEWER, USD));
          assertThat(page.rows()).as("%s %s from %d", sort, filter, from).isEqualTo(rows);
          after = Optional.of(ExpensePosition.of(rows.get(rows.size() - 1)));
        }
      }
    }
    Expenses.ReaderQuery ofAll =
        new Expenses.ReaderQuery(
            bob, ws, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty());
    assertThat(tx(() -> expenses().listAsReader(memberships(), ofAll, 10))).isEmpty();
    Expenses.ReaderQuery ofNothing =
        new Expenses.ReaderQuery(
            alice, nothingYet, ExpenseFilter.all(), ExpenseSort.DEFAULT, Optional.empty());
    assertThat(tx(() -> expenses().listAsReader(memberships(), ofNothing, 10)))
        .contains(
            new Expenses.ReaderPage(
                new Membership(nothingYet, alice, Role.MEMBER, USD), List.of()));
  }

  @Test
  void aReadersListNeverNamesPeopleOrAmounts() {
    for (ExpenseFilter needsMembers :
        List.of(
            filter(null, null, null, alice, null, null, null),
            filter(null, null, null, null, alice, null, null),
            filter(null, null, null, null, null, "1", null),
            filter(null, null, null, null, null, null, "1"))) {
      assertThat(Expenses.ReaderQuery.covers(needsMembers)).isFalse();
      assertThatThrownBy(
              () ->
                  new Expenses.ReaderQuery(
                      alice, ws, needsMembers, ExpenseSort.DEFAULT, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(Expenses.ReaderQuery.covers(text("abc"))).isTrue();
  }

  @Test
  void forEachStreamsEveryMatchingRowInOrder() {
    for (int i = 0; i < 7; i++) {
      stored(expense(ws, String.valueOf(i + 1), i % 2 == 0 ? "Food" : "Fun", day(i + 1), alice));
    }
    List<Expense> streamed = new ArrayList<>();
    ExpenseFilter food = filter(null, null, "Food", null, null, null, null);
    tx(
        () -> {
          expenses().forEach(query(food, ExpenseSort.AMOUNT_DESC), streamed::add);
          return null;
        });
    assertThat(streamed).containsExactlyElementsOf(all(food, ExpenseSort.AMOUNT_DESC));
    assertThat(streamed).hasSize(4);
  }

  @Test
  void summaryTotalsAreExactAndEachGroupingAddsUpToTheTotal() {
    for (int i = 0; i < 10; i++) {
      stored(expense(ws, "0.10", "Coffee", day(1 + i), alice));
    }
    for (int i = 0; i < 3; i++) {
      stored(expense(ws, "0.01", "Candy", LocalDate.of(2026, 12, 1 + i), bob));
    }
    stored(expense(newWorkspace(USD), "99.99", "Coffee", day(1), alice));

    ExpenseSummary s = tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty()));

    assertThat(s.total().toString()).isEqualTo("1.03");
    assertThat(s.count()).isEqualTo(13);
    assertThat(s.byCategory())
        .extracting(c -> c.category() + "=" + c.total() + "/" + c.count())
        .containsExactly("Coffee=1.00/10", "Candy=0.03/3");
    assertThat(s.byMember())
        .extracting(m -> m.fullName() + "=" + m.total() + "/" + m.count())
        .containsExactly("Alice Archer=1.00/10", "Bob Baker=0.03/3");
    assertThat(s.byMember().get(0).user()).isEqualTo(alice);
    assertThat(s.byMonth())
        .extracting(m -> m.month() + "=" + m.total() + "/" + m.count())
        .containsExactly("2026-11=1.00/10", "2026-12=0.03/3");
  }

  @Test
  void summaryCoversOnlyTheDaysAskedFor() {
    stored(expense(ws, "1.00", "Food", day(1), alice));
    stored(expense(ws, "2.00", "Food", day(15), alice));
    stored(expense(ws, "4.00", "Food", day(30), alice));

    ExpenseSummary s =
        tx(() -> expenses().summarize(ws, USD, Optional.of(day(15)), Optional.of(day(30))));

    assertThat(s.total().toString()).isEqualTo("6.00");
    assertThat(s.count()).isEqualTo(2);
    assertThat(s.byMonth())
        .extracting(ExpenseSummary.MonthTotal::month)
        .containsExactly(YearMonth.of(2026, 11));
  }

  @Test
  void anEmptySummaryIsZeroInTheCurrencysScale() {
    ExpenseSummary s = tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty()));
    assertThat(s.total().toString()).isEqualTo("0.00");
    assertThat(s.count()).isZero();
    assertThat(s.byCategory()).isEmpty();
    assertThat(s.byMember()).isEmpty();
    assertThat(s.byMonth()).isEmpty();
  }

  @Test
  void largeSumsStayExact() {
    for (int i = 0; i < 20; i++) {
      stored(expense(ws, "999999999999.99", "Big", day(1), alice));
    }
    ExpenseSummary s = tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty()));
    assertThat(s.total().toString()).isEqualTo("19999999999999.80");
  }

  @Test
  void someoneIsInvolvedWhenTheyPaidOrRecordedAnExpenseThere() {
    UserId carol = newUser("Carol Cook");
    stored(expense(ws, "1.00", "Food", day(1), alice));
    assertThat(tx(() -> expenses().involves(ws, alice))).isTrue();
    assertThat(tx(() -> expenses().involves(ws, carol))).isFalse();
    assertThat(tx(() -> expenses().involves(newWorkspace(USD), alice))).isFalse();
  }

  /** An expense paid by alice and bob together and split by percentages between them. */
  protected Expense sharedByTwo(String amount, String alicePaid, String bobPaid, LocalDate day) {
    Expense plain = expense(ws, amount, "Food", day, alice);
    return new Expense(
        plain.id(),
        ws,
        plain.details(),
        new PaidBy.Several(
            List.of(
                new Share(alice, new BigDecimal(alicePaid)),
                new Share(bob, new BigDecimal(bobPaid)))),
        new Split(
            SplitMode.PERCENT,
            List.of(
                new Share(alice, new BigDecimal("33.33")),
                new Share(bob, new BigDecimal("66.67")))),
        alice,
        plain.createdAt(),
        plain.updatedAt(),
        1);
  }

  @Test
  void severalPayersAndEverySplitModeReadBackEqual() {
    Expense shared = stored(sharedByTwo("10.00", "4.00", "6.00", day(3)));
    Expense plain = expense(ws, "9.00", "Food", day(4), alice);
    Expense exact =
        stored(
            new Expense(
                plain.id(),
                ws,
                plain.details(),
                new PaidBy.One(bob),
                new Split(
                    SplitMode.EXACT,
                    List.of(
                        new Share(bob, new BigDecimal("1.25")),
                        new Share(alice, new BigDecimal("7.75")))),
                alice,
                plain.createdAt(),
                plain.updatedAt(),
                1));

    assertThat(tx(() -> expenses().find(ws, shared.id()))).contains(shared);
    assertThat(tx(() -> expenses().find(ws, exact.id()))).contains(exact);
    assertThat(all(ExpenseFilter.all(), ExpenseSort.DEFAULT)).containsExactly(exact, shared);
  }

  @Test
  void anUpdateReplacesPayersAndSplit() {
    Expense e = stored(expense(ws, "10.00", "Food", day(1), alice));
    Expense changed =
        e.apply(
            ExpensePatch.none()
                .withPaidBy(new PaidBy.One(bob))
                .withSplit(
                    new Split(
                        SplitMode.SHARES,
                        List.of(
                            new Share(alice, BigDecimal.ONE),
                            new Share(bob, BigDecimal.valueOf(2))))),
            T0.plusSeconds(60));

    assertThat(tx(() -> expenses().update(changed, 1))).isTrue();
    assertThat(tx(() -> expenses().find(ws, e.id()))).contains(changed);
  }

  @Test
  void aTransactionReadsTheSharesItsOwnUpdatesWrote() {
    Expense e = stored(expense(ws, "10.00", "Food", day(1), alice));
    Expense bobPays =
        e.apply(ExpensePatch.none().withPaidBy(new PaidBy.One(bob)), T0.plusSeconds(60));
    Expense alicePaysAgain =
        bobPays.apply(
            ExpensePatch.none()
                .withPaidBy(new PaidBy.One(alice))
                .withSplit(
                    new Split(
                        SplitMode.SHARES,
                        List.of(
                            new Share(alice, BigDecimal.valueOf(3)),
                            new Share(bob, BigDecimal.ONE)))),
            T0.plusSeconds(120));

    Optional<Expense> readInside =
        tx(
            () -> {
              assertThat(expenses().update(bobPays, 1)).isTrue();
              Optional<Expense> afterFirst = expenses().find(ws, e.id());
              assertThat(afterFirst).contains(bobPays);
              assertThat(expenses().update(alicePaysAgain, 2)).isTrue();
              return expenses().find(ws, e.id());
            });

    assertThat(readInside).contains(alicePaysAgain);
    assertThat(tx(() -> expenses().find(ws, e.id()))).contains(alicePaysAgain);
  }

  @Test
  void filteringByPayerFindsExpensesTheyPaidAlone() {
    Expense shared = stored(sharedByTwo("10.00", "4.00", "6.00", day(3)));
    Expense alone = stored(expense(ws, "5.00", "Food", day(2), bob));
    stored(expense(ws, "7.00", "Food", day(1), alice));

    assertThat(all(filter(null, null, null, bob, null, null, null, null), ExpenseSort.DEFAULT))
        .containsExactly(shared, alone);
  }

  @Test
  void theSummaryCountsWhatEachOfSeveralPayersPaid() {
    stored(sharedByTwo("10.00", "4.00", "6.00", day(3)));
    stored(expense(ws, "5.00", "Food", day(2), bob));

    ExpenseSummary summary =
        tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty()));
    assertThat(summary.total().toString()).isEqualTo("15.00");
    assertThat(summary.count()).isEqualTo(2);
    assertThat(summary.byMember())
        .extracting(m -> m.user() + "=" + m.total() + "/" + m.count())
        .containsExactlyInAnyOrder(alice + "=4.00/1", bob + "=11.00/2");
  }

  /** An expense of {@code original} (e.g. "1234 JPY") converted into USD at {@code rate}. */
  private Expense converted(String original, String rate, String category, UserId payer) {
    String[] parts = original.split(" ");
    Currency from = Currency.getInstance(parts[1]);
    Conversion conversion =
        new Conversion(
            ExpenseDetails.amountOf(new BigDecimal(parts[0]), from, "original_amount"),
            new ExchangeRate(from, USD, new BigDecimal(rate), day(20), RateSource.REFERENCE));
    Instant at = T0.plusMillis(1000L * created++);
    return new Expense(
        new ExpenseId(UUID.randomUUID()),
        ws,
        ExpenseDetails.of(null, USD, conversion, "Abroad", category, day(21), null),
        new PaidBy.One(payer),
        Split.equalAmong(List.of(alice, bob)),
        payer,
        at,
        at,
        1);
  }

  @Test
  void anExpenseInAnotherCurrencyComesBackWithItsOriginalAmountAndRate() {
    Expense ramen = stored(converted("1234 JPY", "0.006698765432", "Food", alice));

    Expense read = tx(() -> expenses().find(ws, ramen.id())).orElseThrow();

    assertThat(read).isEqualTo(ramen);
    assertThat(read.amount().toString()).isEqualTo("8.27");
    assertThat(read.details().conversion().original().toString()).isEqualTo("1234");
    assertThat(read.details().conversion().rate().rateText()).isEqualTo("0.006698765432");
    assertThat(read.details().conversion().rate().source()).isEqualTo(RateSource.REFERENCE);
    assertThat(read.details().conversion().rate().date()).isEqualTo(day(20));
  }

  @Test
  void aChangedConversionIsStoredAndARemovedOneIsGone() {
    Expense tea = stored(converted("1.005 KWD", "3.256", "Food", alice));
    Conversion more =
        new Conversion(
            ExpenseDetails.amountOf(
                new BigDecimal("2.010"), tea.details().conversion().original().currency(), "x"),
            tea.details().conversion().rate());
    Expense changed = tea.apply(ExpensePatch.none().withConversion(more), T0.plusSeconds(60));

    assertThat(tx(() -> expenses().update(changed, tea.version()))).isTrue();

    Expense read = tx(() -> expenses().find(ws, tea.id())).orElseThrow();
    assertThat(read).isEqualTo(changed);
    assertThat(read.amount().toString()).isEqualTo("6.54");
  }

  @Test
  void theSummaryGroupsByTheCurrencySpentIn() {
    stored(converted("1234 JPY", "0.0067", "Food", alice)); // 8.27
    stored(converted("1000 JPY", "0.0067", "Food", bob)); // 6.70
    stored(converted("1.005 KWD", "3.256", "Tea", alice)); // 3.27
    stored(expense(ws, "2.00", "Food", day(21), alice));

    ExpenseSummary s = tx(() -> expenses().summarize(ws, USD, Optional.empty(), Optional.empty()));

    assertThat(s.total().toString()).isEqualTo("20.24");
    assertThat(s.byOriginalCurrency())
        .extracting(
            c -> c.original().currency() + " " + c.original() + "=" + c.total() + "/" + c.count())
        .containsExactly("JPY 2234=14.97/2", "KWD 1.005=3.27/1", "USD 2.00=2.00/1");
    assertThat(s.byCategory())
        .extracting(c -> c.category() + "=" + c.total())
        .containsExactly("Food=16.97", "Tea=3.27");
  }
}
