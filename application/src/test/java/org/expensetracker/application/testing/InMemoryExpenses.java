package org.expensetracker.application.testing;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * In-memory {@link Expenses} (and {@link WorkspaceExpenses}): the same filters, orders and keyset
 * rule as the SQL, written the plain way. Run it under {@link InMemoryTransactions}; locking is
 * that lock.
 */
public final class InMemoryExpenses implements Expenses, WorkspaceExpenses {
  private final Map<Key, Expense> rows = new ConcurrentHashMap<>();
  private final Map<UserId, String> fullNames = new ConcurrentHashMap<>();

  private record Key(WorkspaceId workspace, ExpenseId id) {}

  /** Full names for the summary's per-member lines (the users table, in SQL). */
  public InMemoryExpenses knowUser(UserId user, String fullName) {
    fullNames.put(user, fullName);
    return this;
  }

  @Override
  public void add(Expense expense) {
    if (rows.putIfAbsent(new Key(expense.workspace(), expense.id()), expense) != null) {
      throw new IllegalStateException("Duplicate expense id " + expense.id());
    }
  }

  @Override
  public boolean exist(WorkspaceId workspace) {
    return rows.keySet().stream().anyMatch(key -> key.workspace().equals(workspace));
  }

  @Override
  public Optional<Expense> find(WorkspaceId workspace, ExpenseId id) {
    return Optional.ofNullable(rows.get(new Key(workspace, id)));
  }

  @Override
  public Optional<Expense> findForUpdate(WorkspaceId workspace, ExpenseId id) {
    return find(workspace, id);
  }

  @Override
  public boolean update(Expense changed, long expectedVersion) {
    Key key = new Key(changed.workspace(), changed.id());
    Expense current = rows.get(key);
    if (current == null || current.version() != expectedVersion) {
      return false;
    }
    return rows.replace(key, current, changed);
  }

  @Override
  public List<Expense> list(Query query, int limit) {
    return matching(query)
        .filter(e -> query.after().map(p -> isAfter(e, p, query.sort())).orElse(true))
        .limit(limit)
        .toList();
  }

  @Override
  public void forEach(Query query, Consumer<Expense> sink) {
    matching(query).forEach(sink);
  }

  @Override
  public ExpenseSummary summarize(
      WorkspaceId workspace, Currency currency, Optional<LocalDate> from, Optional<LocalDate> to) {
    ExpenseFilter filter = ExpenseFilter.all().withDates(from.orElse(null), to.orElse(null));
    List<Expense> all =
        rows.values().stream()
            .filter(e -> e.workspace().equals(workspace) && !e.isDeleted() && filter.matches(e))
            .toList();
    return new ExpenseSummary(
        total(all, currency),
        all.size(),
        group(all, Expense::category).entrySet().stream()
            .map(
                g ->
                    new ExpenseSummary.CategoryTotal(
                        g.getKey(), total(g.getValue(), currency), g.getValue().size()))
            .toList(),
        byPayer(all, currency),
        group(all, e -> YearMonth.from(e.spentAt())).entrySet().stream()
            .map(
                g ->
                    new ExpenseSummary.MonthTotal(
                        g.getKey(), total(g.getValue(), currency), g.getValue().size()))
            .toList(),
        group(all, InMemoryExpenses::spentIn).entrySet().stream()
            .map(
                g ->
                    new ExpenseSummary.CurrencyTotal(
                        g.getValue().stream()
                            .map(InMemoryExpenses::asSpent)
                            .reduce(Money.zero(g.getKey()), Money::plus),
                        total(g.getValue(), currency),
                        g.getValue().size()))
            .toList());
  }

  /** The money as spent: the original amount, or the amount when it was the workspace's. */
  private static Money asSpent(Expense e) {
    return e.details().conversion() == null ? e.amount() : e.details().conversion().original();
  }

  private static Currency spentIn(Expense e) {
    return asSpent(e).currency();
  }

  /** What each member paid, in how many expenses: several payers each count their own amount. */
  private List<ExpenseSummary.MemberTotal> byPayer(List<Expense> all, Currency currency) {
    Map<UserId, Money> paid = new java.util.HashMap<>();
    Map<UserId, Integer> count = new java.util.HashMap<>();
    for (Expense e : all) {
      for (Payer payer : e.sharing().payers()) {
        paid.merge(payer.user(), payer.amount(), Money::plus);
        count.merge(payer.user(), 1, Integer::sum);
      }
    }
    return paid.entrySet().stream()
        .map(
            p ->
                new ExpenseSummary.MemberTotal(
                    p.getKey(),
                    fullNames.getOrDefault(p.getKey(), "?"),
                    Money.ofMinor(p.getValue().minorUnits(), currency),
                    count.get(p.getKey())))
        .toList();
  }

  /** Every live expense of the workspace, in no particular order (for the in-memory ledger). */
  public List<Expense> inWorkspace(WorkspaceId workspace) {
    return rows.values().stream()
        .filter(e -> e.workspace().equals(workspace) && !e.isDeleted())
        .toList();
  }

  /** The name the users table would give. */
  public String fullNameOf(UserId user) {
    return fullNames.getOrDefault(user, "?");
  }

  @Override
  public boolean involves(WorkspaceId workspace, UserId user) {
    return rows.values().stream()
        .anyMatch(
            e ->
                e.workspace().equals(workspace)
                    && (e.paidBy().users().contains(user) || e.createdBy().equals(user)));
  }

  private Stream<Expense> matching(Query query) {
    return rows.values().stream()
        .filter(
            e ->
                e.workspace().equals(query.workspace())
                    && e.isDeleted() == query.deleted()
                    && query.filter().matches(e))
        .sorted(order(query.sort()));
  }

  private static <K> Map<K, List<Expense>> group(List<Expense> all, Function<Expense, K> key) {
    Map<K, List<Expense>> groups = new java.util.HashMap<>();
    for (Expense e : all) {
      groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e);
    }
    return groups;
  }

  private static Money total(List<Expense> expenses, Currency currency) {
    BigInteger minor = BigInteger.ZERO;
    for (Expense e : expenses) {
      minor = minor.add(e.amount().minorUnits());
    }
    return Money.ofMinor(minor, currency);
  }

  /** The list order: the sort key, then the id as PostgreSQL orders uuids (unsigned bytes). */
  static Comparator<Expense> order(ExpenseSort sort) {
    Comparator<Expense> byKey =
        switch (sort.key()) {
          case SPENT_AT -> Comparator.comparing(Expense::spentAt);
          case AMOUNT -> Comparator.comparing(e -> e.amount().amount());
          case CREATED_AT -> Comparator.comparing(Expense::createdAt);
        };
    Comparator<Expense> total = byKey.thenComparing(e -> e.id().toString());
    return sort.descending() ? total.reversed() : total;
  }

  private static boolean isAfter(Expense e, ExpensePosition p, ExpenseSort sort) {
    int byKey =
        switch (sort.key()) {
          case SPENT_AT -> e.spentAt().compareTo(p.spentAt());
          case AMOUNT -> Long.compare(e.amount().minorUnitsExact(), p.amountMinor());
          case CREATED_AT -> e.createdAt().compareTo(p.createdAt());
        };
    int cmp = byKey != 0 ? byKey : e.id().toString().compareTo(p.id().toString());
    return sort.descending() ? cmp < 0 : cmp > 0;
  }
}
