package org.expensetracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.UUID;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.expense.ExpenseId;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Maps an {@code expenses} row to an {@link Expense} and back. Rebuilding goes through the domain's
 * constructors, so a row that breaks a rule fails loudly instead of leaking out.
 */
final class ExpenseRows {
  static final String COLUMNS =
      "workspace_id, id, amount_minor, currency, description, category, spent_at, paid_by,"
          + " notes, created_by, created_at, updated_at, version";

  private ExpenseRows() {}

  static Expense map(ResultSet rs) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    ExpenseDetails details =
        new ExpenseDetails(
            Money.ofMinor(rs.getLong("amount_minor"), currency),
            rs.getString("description"),
            rs.getString("category"),
            rs.getObject("spent_at", LocalDate.class),
            new UserId(rs.getObject("paid_by", UUID.class)),
            rs.getString("notes"));
    return new Expense(
        new ExpenseId(rs.getObject("id", UUID.class)),
        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
        details,
        new UserId(rs.getObject("created_by", UUID.class)),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
        rs.getLong("version"));
  }

  /** Binds every column under its own name ({@code :amount_minor}, {@code :paid_by}, …). */
  static <S extends SqlStatement<S>> S bind(S statement, Expense e) {
    return statement
        .bind("workspace_id", e.workspace().value())
        .bind("id", e.id().value())
        .bind("amount_minor", e.amount().minorUnitsExact())
        .bind("currency", e.amount().currency().getCurrencyCode())
        .bind("description", e.description())
        .bind("category", e.category())
        .bind("spent_at", e.spentAt())
        .bind("paid_by", e.paidBy().value())
        .bind("notes", e.notes())
        .bind("created_by", e.createdBy().value())
        .bind("created_at", utc(e.createdAt()))
        .bind("updated_at", utc(e.updatedAt()))
        .bind("version", e.version());
  }

  static OffsetDateTime utc(java.time.Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
