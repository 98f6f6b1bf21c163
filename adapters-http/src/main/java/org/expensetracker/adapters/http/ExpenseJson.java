package org.expensetracker.adapters.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseSummary;

/** The JSON shapes of expense responses. Amounts are strings at the currency's scale. */
final class ExpenseJson {
  private ExpenseJson() {}

  /** One expense. */
  record ExpenseResponse(
      UUID id,
      UUID workspaceId,
      String amount,
      String currency,
      String description,
      String category,
      LocalDate spentAt,
      UUID paidBy,
      String notes,
      UUID createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static ExpenseResponse of(Expense e) {
      return new ExpenseResponse(
          e.id().value(),
          e.workspace().value(),
          e.amount().toString(),
          e.amount().currency().getCurrencyCode(),
          e.description(),
          e.category(),
          e.spentAt(),
          e.paidBy().value(),
          e.notes(),
          e.createdBy().value(),
          e.createdAt(),
          e.updatedAt(),
          e.version());
    }
  }

  /** One page of a list; {@code next_cursor} is null on the last page. */
  record PageResponse(List<ExpenseResponse> items, String nextCursor) {}

  /** Totals over a period. */
  record SummaryResponse(
      String currency,
      String total,
      long count,
      List<CategoryLine> byCategory,
      List<MemberLine> byMember,
      List<MonthLine> byMonth) {
    static SummaryResponse of(ExpenseSummary s) {
      return new SummaryResponse(
          s.total().currency().getCurrencyCode(),
          s.total().toString(),
          s.count(),
          s.byCategory().stream()
              .map(c -> new CategoryLine(c.category(), c.total().toString(), c.count()))
              .toList(),
          s.byMember().stream()
              .map(
                  m ->
                      new MemberLine(
                          m.user().value(), m.fullName(), m.total().toString(), m.count()))
              .toList(),
          s.byMonth().stream()
              .map(m -> new MonthLine(m.month().toString(), m.total().toString(), m.count()))
              .toList());
    }
  }

  /** Spending in one category. */
  record CategoryLine(String category, String total, long count) {}

  /** What one member paid. */
  record MemberLine(UUID userId, String fullName, String total, long count) {}

  /** Spending in one month ({@code "2026-11"}). */
  record MonthLine(String month, String total, long count) {}

  /** The CSV export's header and one expense as CSV cells. */
  static final List<String> CSV_HEADER =
      List.of(
          "id",
          "spent_at",
          "description",
          "category",
          "amount",
          "currency",
          "paid_by",
          "notes",
          "created_by",
          "created_at",
          "updated_at",
          "version");

  static List<String> csvRow(Expense e) {
    return List.of(
        e.id().toString(),
        e.spentAt().toString(),
        e.description(),
        e.category(),
        e.amount().toString(),
        e.amount().currency().getCurrencyCode(),
        e.paidBy().toString(),
        e.notes() == null ? "" : e.notes(),
        e.createdBy().toString(),
        e.createdAt().toString(),
        e.updatedAt().toString(),
        Long.toString(e.version()));
  }
}
