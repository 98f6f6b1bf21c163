package org.expensetracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceId;

/** {@link Settlements} on PostgreSQL. Every statement is scoped by {@code workspace_id}. */
final class JdbiSettlements implements Settlements {
  private static final String COLUMNS =
      "workspace_id, id, from_user_id, to_user_id, amount_minor, currency, note, settled_at,"
          + " recorded_by, created_at, deleted_at"
          + ConversionColumns.COLUMNS;

  private final JdbiTransactions db;

  JdbiSettlements(JdbiTransactions db) {
    this.db = db;
  }

  /** Deferred: nothing reads the row back in its transaction; it goes with the commit. */
  @Override
  public void add(Settlement s) {
    DeferredWrite insert =
        new DeferredWrite(
            "insert into settlements ("
                + COLUMNS
                + ") values (:workspace_id, :id, :from_user_id, :to_user_id,"
                + " :amount_minor, :currency, :note, :settled_at, :recorded_by,"
                + " :created_at, null"
                + ConversionColumns.VALUES
                + ")");
    insert.put("workspace_id", s.workspace().value(), UUID.class);
    insert.put("id", s.id().value(), UUID.class);
    insert.put("from_user_id", s.from().value(), UUID.class);
    insert.put("to_user_id", s.to().value(), UUID.class);
    insert.put("amount_minor", s.amount().minorUnitsExact(), Long.class);
    insert.put("currency", s.amount().currency().getCurrencyCode(), String.class);
    insert.put("note", s.note(), String.class);
    insert.put("settled_at", s.settledAt(), LocalDate.class);
    insert.put("recorded_by", s.recordedBy().value(), UUID.class);
    insert.put("created_at", ExpenseRows.utc(s.createdAt()), OffsetDateTime.class);
    ConversionColumns.bind(insert, s.conversion());
    db.write(insert);
  }

  @Override
  public Optional<Settlement> find(WorkspaceId workspace, SettlementId id) {
    return db.withHandle(
        h ->
            h.createQuery(
                    "select "
                        + COLUMNS
                        + " from settlements where workspace_id = :workspace_id and id = :id")
                .bind("workspace_id", workspace.value())
                .bind("id", id.value())
                .map((rs, ctx) -> map(rs))
                .findOne());
  }

  @Override
  public boolean markDeleted(Settlement deleted) {
    return db.withHandle(
            h ->
                h.createUpdate(
                        "update settlements set deleted_at = :deleted_at"
                            + " where workspace_id = :workspace_id and id = :id"
                            + " and deleted_at is null")
                    .bind("workspace_id", deleted.workspace().value())
                    .bind("id", deleted.id().value())
                    .bind("deleted_at", ExpenseRows.utc(deleted.deletedAt()))
                    .execute())
        == 1;
  }

  /** Keyset on (settled_at, created_at, id) descending, served backwards by settlements_newest. */
  @Override
  public List<Settlement> list(WorkspaceId workspace, Optional<SettlementId> after, int limit) {
    String keyset =
        after.isEmpty()
            ? ""
            : " and (settled_at, created_at, id) < (select settled_at, created_at, id"
                + " from settlements where workspace_id = :workspace_id and id = :after)";
    return db.withHandle(
        h -> {
          var query =
              h.createQuery(
                      "select "
                          + COLUMNS
                          + " from settlements where workspace_id = :workspace_id"
                          + " and deleted_at is null"
                          + keyset
                          + " order by settled_at desc, created_at desc, id desc"
                          + PageLimit.sql(limit))
                  .bind("workspace_id", workspace.value());
          after.ifPresent(a -> query.bind("after", a.value()));
          return query.map((rs, ctx) -> map(rs)).list();
        });
  }

  @Override
  public List<Transfer> transfers(WorkspaceId workspace) {
    return db.withHandle(
        h ->
            h.createQuery(
                    "select from_user_id, to_user_id, amount_minor, currency from settlements"
                        + " where workspace_id = :workspace_id and deleted_at is null")
                .bind("workspace_id", workspace.value())
                .map((rs, ctx) -> transfer(rs))
                .list());
  }

  private static Transfer transfer(ResultSet rs) throws SQLException {
    return new Transfer(
        new UserId(rs.getObject("from_user_id", UUID.class)),
        new UserId(rs.getObject("to_user_id", UUID.class)),
        Money.ofMinor(rs.getLong("amount_minor"), Currency.getInstance(rs.getString("currency"))));
  }

  private static Settlement map(ResultSet rs) throws SQLException {
    Transfer transfer = transfer(rs);
    return new Settlement(
        new SettlementId(rs.getObject("id", UUID.class)),
        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
        transfer,
        rs.getString("note"),
        rs.getObject("settled_at", LocalDate.class),
        new UserId(rs.getObject("recorded_by", UUID.class)),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        Optional.ofNullable(rs.getObject("deleted_at", OffsetDateTime.class))
            .map(OffsetDateTime::toInstant)
            .orElse(null),
        ConversionColumns.read(rs, transfer.amount().currency()));
  }
}
