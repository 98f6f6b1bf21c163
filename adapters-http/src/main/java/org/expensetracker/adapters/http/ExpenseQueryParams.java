package org.expensetracker.adapters.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;

/**
 * Reads the query string of the expense list and summary: every parameter checked, every bad one
 * reported in one 400; unknown or repeated parameters are refused rather than ignored, so a typo
 * never silently widens a list.
 */
final class ExpenseQueryParams {
  private static final Set<String> LIST =
      Set.of(
          "from",
          "to",
          "category",
          "paid_by",
          "created_by",
          "min_amount",
          "max_amount",
          "q",
          "sort",
          "limit",
          "cursor",
          "format",
          "deleted");
  private static final Set<String> SUMMARY = Set.of("from", "to");

  private final QueryParams params;
  private final Validation validation;

  private ExpenseQueryParams(Map<String, List<String>> query, Set<String> allowed) {
    this.params = QueryParams.of(query, allowed);
    this.validation = params.validation();
  }

  /** What a list request asks for; the cursor is decoded by the caller against {@code binding}. */
  record ListRequest(
      ExpenseFilter filter,
      ExpenseSort sort,
      int limit,
      Optional<String> cursor,
      boolean csv,
      String binding,
      boolean deleted) {}

  /** The period of a summary. */
  record Period(Optional<LocalDate> from, Optional<LocalDate> to) {}

  static ListRequest list(Map<String, List<String>> query) {
    ExpenseQueryParams p = new ExpenseQueryParams(query, LIST);
    Optional<LocalDate> from = p.date("from");
    Optional<LocalDate> to = p.date("to");
    Optional<String> category = p.value("category");
    Optional<UserId> paidBy = p.uuid("paid_by").map(UserId::new);
    Optional<UserId> createdBy = p.uuid("created_by").map(UserId::new);
    Optional<BigDecimal> min = p.decimal("min_amount");
    Optional<BigDecimal> max = p.decimal("max_amount");
    Optional<String> text = p.value("q");
    ExpenseSort sort =
        p.value("sort")
            .map(
                s ->
                    ExpenseSort.fromWireName(s)
                        .orElseGet(
                            () -> {
                              p.validation.add("sort", "must be one of " + ExpenseSort.allowed());
                              return null;
                            }))
            .orElse(ExpenseSort.DEFAULT);
    int limit = p.value("limit").map(p::limit).orElse(ListExpensesUseCase.DEFAULT_LIMIT);
    boolean csv =
        p.value("format")
            .map(
                f -> {
                  p.validation.check(
                      f.equals("json") || f.equals("csv"), "format", "must be json or csv");
                  return f.equals("csv");
                })
            .orElse(false);
    boolean deleted = p.params.bool("deleted", false);
    ExpenseFilter filter =
        p.validation.attempt(
            () -> new ExpenseFilter(from, to, category, paidBy, createdBy, min, max, text));
    p.validation.throwIfInvalid();
    String binding =
        String.join(
            "\n",
            "sort=" + sort.wireName(),
            "from=" + from.map(LocalDate::toString).orElse(""),
            "to=" + to.map(LocalDate::toString).orElse(""),
            "category=" + filter.category().orElse(""),
            "paid_by=" + paidBy.map(UserId::toString).orElse(""),
            "created_by=" + createdBy.map(UserId::toString).orElse(""),
            "min_amount=" + min.map(ExpenseQueryParams::plain).orElse(""),
            "max_amount=" + max.map(ExpenseQueryParams::plain).orElse(""),
            "q=" + text.map(t -> t.length() + ":" + t).orElse(""),
            "deleted=" + deleted);
    return new ListRequest(filter, sort, limit, p.value("cursor"), csv, binding, deleted);
  }

  static Period summary(Map<String, List<String>> query) {
    ExpenseQueryParams p = new ExpenseQueryParams(query, SUMMARY);
    Optional<LocalDate> from = p.date("from");
    Optional<LocalDate> to = p.date("to");
    if (from.isPresent() && to.isPresent()) {
      p.validation.check(!from.get().isAfter(to.get()), "from", "must not be after to");
    }
    p.validation.throwIfInvalid();
    return new Period(from, to);
  }

  private Optional<String> value(String name) {
    return params.value(name);
  }

  private Optional<LocalDate> date(String name) {
    return parsed(name, t -> JsonFields.parseDate(t, name, validation));
  }

  private Optional<UUID> uuid(String name) {
    return parsed(name, t -> JsonFields.parseUuid(t, name, validation));
  }

  private Optional<BigDecimal> decimal(String name) {
    return parsed(name, t -> validation.attempt(() -> Money.parseDecimal(t, name)));
  }

  private <T> Optional<T> parsed(String name, Function<String, T> parse) {
    return value(name).map(parse);
  }

  private int limit(String text) {
    if (text.matches("[0-9]{1,3}")) {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= ListExpensesUseCase.MAX_LIMIT) {
        return limit;
      }
    }
    validation.add("limit", "must be a whole number from 1 to " + ListExpensesUseCase.MAX_LIMIT);
    return ListExpensesUseCase.DEFAULT_LIMIT;
  }

  private static String plain(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
