package org.expensetracker.adapters.persistence;

import java.util.LinkedHashMap;
import java.util.Map;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;

/**
 * Builds the one SELECT behind lists and exports. Only fixed fragments are concatenated (the sort
 * comes from an enum); every value is a bound parameter.
 *
 * <p>Each order is {@code <key>, id} in one direction, matching an index {@code (workspace_id,
 * <key>, id)} that PostgreSQL scans forwards or backwards; the keyset condition is a row comparison
 * {@code (<key>, id) < (:k, :id)}, which the index serves as a range start, so a deep page costs
 * what the first does.
 */
final class ExpenseListSql {
  private final StringBuilder sql = new StringBuilder();
  private final Map<String, Object> params = new LinkedHashMap<>();

  private ExpenseListSql() {}

  static ExpenseListSql of(Expenses.Query query, boolean keyset) {
    ExpenseListSql s = new ExpenseListSql();
    s.sql.append(ExpenseRows.SELECT).append(" where workspace_id = :workspace_id");
    s.sql.append(query.deleted() ? " and deleted_at is not null" : " and deleted_at is null");
    s.params.put("workspace_id", query.workspace().value());
    s.filter(query);
    if (keyset) {
      query.after().ifPresent(after -> s.after(query.sort(), after));
    }
    String column = column(query.sort());
    String direction = query.sort().descending() ? " desc" : " asc";
    s.sql.append(" order by ").append(column).append(direction);
    s.sql.append(", id").append(direction);
    return s;
  }

  private void filter(Expenses.Query query) {
    ExpenseFilter f = query.filter();
    f.from().ifPresent(d -> condition("spent_at >= :from_day", "from_day", d));
    f.to().ifPresent(d -> condition("spent_at <= :to_day", "to_day", d));
    f.category().ifPresent(c -> condition("category = :category", "category", c));
    // The sole payer by the column's index, or one of several by their share row.
    f.paidBy()
        .ifPresent(
            u ->
                condition(
                    "(paid_by = :paid_by or (paid_by is null and exists (select 1 from"
                        + " expense_shares p where p.workspace_id = e.workspace_id and"
                        + " p.expense_id = e.id and p.user_id = :paid_by and p.paid_minor > 0)))",
                    "paid_by",
                    u.value()));
    f.createdBy().ifPresent(u -> condition("created_by = :created_by", "created_by", u.value()));
    f.minAmount()
        .ifPresent(
            a ->
                condition(
                    "amount_minor >= :min_amount",
                    "min_amount",
                    ExpenseFilter.minorUnits(a, query.currency())));
    f.maxAmount()
        .ifPresent(
            a ->
                condition(
                    "amount_minor <= :max_amount",
                    "max_amount",
                    ExpenseFilter.minorUnits(a, query.currency())));
    f.text()
        .ifPresent(
            t ->
                condition(
                    "(description ilike :pattern or notes ilike :pattern)",
                    "pattern",
                    "%" + escapeLike(t) + "%"));
  }

  private void after(ExpenseSort sort, ExpensePosition after) {
    String op = sort.descending() ? "<" : ">";
    Object key =
        switch (sort.key()) {
          case SPENT_AT -> after.spentAt();
          case AMOUNT -> after.amountMinor();
          case CREATED_AT -> ExpenseRows.utc(after.createdAt());
        };
    sql.append(" and (")
        .append(column(sort))
        .append(", id) ")
        .append(op)
        .append(" (:after_key, :after_id)");
    params.put("after_key", key);
    params.put("after_id", after.id().value());
  }

  private void condition(String fragment, String name, Object value) {
    sql.append(" and ").append(fragment);
    params.put(name, value);
  }

  private static String column(ExpenseSort sort) {
    return switch (sort.key()) {
      case SPENT_AT -> "spent_at";
      case AMOUNT -> "amount_minor";
      case CREATED_AT -> "created_at";
    };
  }

  /**
   * Makes {@code %}, {@code _} and {@code \} match themselves in a LIKE pattern. Backslash is
   * PostgreSQL's default LIKE escape, so no ESCAPE clause is needed (and the pattern stays a plain
   * parameter the trigram index can use).
   */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  String sql() {
    return sql.toString();
  }

  Map<String, Object> params() {
    return params;
  }
}
