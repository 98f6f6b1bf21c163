package org.expensetracker.adapters.persistence;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpensePosition;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.workspace.WorkspaceId;

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

  private final ExpenseSort sort;

  private ExpenseListSql(ExpenseSort sort) {
    this.sort = sort;
  }

  static ExpenseListSql of(Expenses.Query query, boolean keyset) {
    return of(
        query.workspace(),
        query.currency(),
        query.filter(),
        query.sort(),
        keyset ? query.after() : Optional.empty(),
        query.deleted());
  }

  /** The live expenses of a reader's list: its filter has no amount bounds to read. */
  static ExpenseListSql of(Expenses.ReaderQuery query) {
    return of(query.workspace(), null, query.filter(), query.sort(), query.after(), false);
  }

  private static ExpenseListSql of(
      WorkspaceId workspace,
      Currency currency,
      ExpenseFilter filter,
      ExpenseSort sort,
      Optional<ExpensePosition> after,
      boolean deleted) {
    ExpenseListSql s = new ExpenseListSql(sort);
    s.sql.append(ExpenseRows.SELECT).append(" where workspace_id = :workspace_id");
    s.sql.append(deleted ? " and deleted_at is not null" : " and deleted_at is null");
    s.params.put("workspace_id", workspace.value());
    s.filter(filter, currency);
    after.ifPresent(position -> s.after(sort, position));
    s.sql.append(s.orderBy(""));
    return s;
  }

  /** The ORDER BY of this list, its columns qualified by {@code alias} (with its dot) if any. */
  String orderBy(String alias) {
    String direction = sort.descending() ? " desc" : " asc";
    return " order by " + alias + column(sort) + direction + ", " + alias + "id" + direction;
  }

  /** The filter's conditions; {@code currency} reads its amount bounds (null when it has none). */
  private void filter(ExpenseFilter f, Currency currency) {
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
                    ExpenseFilter.minorUnits(a, currency)));
    f.maxAmount()
        .ifPresent(
            a ->
                condition(
                    "amount_minor <= :max_amount",
                    "max_amount",
                    ExpenseFilter.minorUnits(a, currency)));
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
