package org.expensetracker.domain.expense;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/**
 * Exact totals of a workspace's expenses over a period: overall, per category, per paying member,
 * per calendar month and per currency spent in. Each grouping's totals add up to {@link #total()}.
 */
public record ExpenseSummary(
    Money total,
    long count,
    List<CategoryTotal> byCategory,
    List<MemberTotal> byMember,
    List<MonthTotal> byMonth,
    List<CurrencyTotal> byOriginalCurrency) {

  public ExpenseSummary {
    Objects.requireNonNull(total, "total");
    // One canonical order, whatever order storage grouped in, so every adapter answers alike.
    byCategory =
        byCategory.stream()
            .sorted(
                Comparator.comparing(CategoryTotal::total)
                    .reversed()
                    .thenComparing(CategoryTotal::category))
            .toList();
    byMember =
        byMember.stream()
            .sorted(
                Comparator.comparing(MemberTotal::total)
                    .reversed()
                    .thenComparing(m -> m.user().toString()))
            .toList();
    byMonth = byMonth.stream().sorted(Comparator.comparing(MonthTotal::month)).toList();
    byOriginalCurrency =
        byOriginalCurrency.stream()
            .sorted(
                Comparator.comparing(CurrencyTotal::total)
                    .reversed()
                    .thenComparing(c -> c.original().currency().getCurrencyCode()))
            .toList();
  }

  /** Spending in one category; listed by total, largest first, then by name. */
  public record CategoryTotal(String category, Money total, long count) {}

  /** What one member paid; listed by total, largest first, then by user id. */
  public record MemberTotal(UserId user, String fullName, Money total, long count) {}

  /**
   * Spending in one currency as spent ({@code original}; expenses in the workspace currency count
   * under it) and what it came to in the workspace currency ({@code total}); largest total first.
   */
  public record CurrencyTotal(Money original, Money total, long count) {}

  /** Spending in one calendar month; listed oldest first. */
  public record MonthTotal(YearMonth month, Money total, long count) {}
}
