package org.expensetracker.domain.expense;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Where a page of expenses ended: the last expense's sort keys and id. The next page starts
 * strictly after it in the list's order (keyset pagination), so its cost does not grow with depth
 * and rows inserted meanwhile can neither repeat nor push rows out.
 */
public record ExpensePosition(
    LocalDate spentAt, long amountMinor, Instant createdAt, ExpenseId id) {
  public ExpensePosition {
    Objects.requireNonNull(spentAt, "spentAt");
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(id, "id");
  }

  public static ExpensePosition of(Expense expense) {
    return new ExpensePosition(
        expense.spentAt(), expense.amount().minorUnitsExact(), expense.createdAt(), expense.id());
  }
}
