package org.expensetracker.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.expensetracker.domain.expense.CostSharing;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseSummary;
import org.expensetracker.domain.expense.Part;
import org.expensetracker.domain.expense.Payer;
import org.expensetracker.domain.expense.Share;
import org.expensetracker.domain.expense.Split;
import org.expensetracker.domain.expense.SplitMode;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;

/** The JSON shapes of expense responses. Amounts are strings at the currency's scale. */
final class ExpenseJson {
  private ExpenseJson() {}

  /** One expense, written by {@link ExpenseResponseWriter}. */
  @JsonSerialize(using = ExpenseResponseWriter.class)
  record ExpenseResponse(
      UUID id,
      UUID workspaceId,
      String amount,
      String currency,
      String description,
      String category,
      LocalDate spentAt,
      UUID paidBy,
      List<MoneyLine> payers,
      SplitJson split,
      List<MoneyLine> parts,
      String notes,
      UUID createdBy,
      Instant createdAt,
      Instant updatedAt,
      long version,
      String originalAmount,
      String originalCurrency,
      String exchangeRate,
      String rateSource,
      LocalDate rateDate) {
    static ExpenseResponse of(Expense e) {
      CostSharing sharing = e.sharing();
      OriginalAmounts.ConversionJson c =
          OriginalAmounts.ConversionJson.of(e.details().conversion());
      return new ExpenseResponse(
          e.id().value(),
          e.workspace().value(),
          e.amount().toString(),
          e.amount().currency().getCurrencyCode(),
          e.description(),
          e.category(),
          e.spentAt(),
          e.soloPayer().map(UserId::value).orElse(null),
          MoneyLine.of(sharing.payers(), Payer::user, Payer::amount),
          SplitJson.of(e.split(), e.amount().currency()),
          MoneyLine.of(sharing.parts(), Part::user, Part::amount),
          e.notes(),
          e.createdBy().value(),
          e.createdAt(),
          e.updatedAt(),
          e.version(),
          c.originalAmount(),
          c.originalCurrency(),
          c.exchangeRate(),
          c.rateSource(),
          c.rateDate());
    }
  }

  /** An amount for one person: what they paid, or the part they owe. */
  record MoneyLine(UUID userId, String amount) {
    // A plain loop: a page maps 50 expenses with a few lines each, and a stream per list cost
    // more than the mapping itself (measured on the list).
    static <T> List<MoneyLine> of(
        List<T> items, Function<T, UserId> user, Function<T, Money> amount) {
      MoneyLine[] lines = new MoneyLine[items.size()];
      for (int i = 0; i < lines.length; i++) {
        T item = items.get(i);
        lines[i] = new MoneyLine(user.apply(item).value(), amount.apply(item).toString());
      }
      return List.of(lines);
    }
  }

  /**
   * The split as stated, in user order: each share names the user and, unless the split is equal,
   * its {@code amount} (at the currency's scale), {@code percent} or {@code weight}.
   */
  record SplitJson(String mode, List<ShareLine> shares) {
    static SplitJson of(Split split, Currency currency) {
      List<Share> shares = split.shares();
      ShareLine[] lines = new ShareLine[shares.size()];
      for (int i = 0; i < lines.length; i++) {
        lines[i] = ShareLine.of(split.mode(), shares.get(i), currency);
      }
      return new SplitJson(split.mode().wireName(), List.of(lines));
    }
  }

  /**
   * One share of a split: the user and at most one value, the field {@link SplitMode#valueField}
   * names (a record rather than a map per share: a page writes 150 of them).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ShareLine(UUID userId, String amount, String percent, BigInteger weight) {
    /** Amounts and percentages as exact strings; weights are whole numbers. */
    static ShareLine of(SplitMode mode, Share share, Currency currency) {
      UUID user = share.user().value();
      BigDecimal value = share.value();
      return switch (mode) {
        case EQUAL -> new ShareLine(user, null, null, null);
        case EXACT -> new ShareLine(user, new Money(value, currency).toString(), null, null);
        case PERCENT -> new ShareLine(user, null, value.toPlainString(), null);
        case SHARES -> new ShareLine(user, null, null, value.toBigIntegerExact());
      };
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
      List<MonthLine> byMonth,
      List<CurrencyLine> byOriginalCurrency) {
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
              .toList(),
          s.byOriginalCurrency().stream()
              .map(
                  c ->
                      new CurrencyLine(
                          c.original().currency().getCurrencyCode(),
                          c.original().toString(),
                          c.total().toString(),
                          c.count()))
              .toList());
    }
  }

  /**
   * Spending in one currency as spent: {@code original_total} in it, {@code total} what that came
   * to in the workspace currency.
   */
  record CurrencyLine(String originalCurrency, String originalTotal, String total, long count) {}

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
        e.soloPayer().map(UserId::toString).orElse(""),
        e.notes() == null ? "" : e.notes(),
        e.createdBy().toString(),
        e.createdAt().toString(),
        e.updatedAt().toString(),
        Long.toString(e.version()));
  }
}
