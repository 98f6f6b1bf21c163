package org.expensetracker.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.domain.history.ActivityFilter;
import org.expensetracker.domain.history.AuditAction;
import org.expensetracker.domain.history.AuditEntry;
import org.expensetracker.domain.history.EntityType;
import org.expensetracker.domain.history.FeedPosition;
import org.expensetracker.domain.history.FieldChange;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * {@link AuditTrail} on the append-only {@code audit_entries} table (migration V60). Every
 * statement is scoped by {@code workspace_id}.
 */
final class JdbiAuditTrail implements AuditTrail {
  private static final String COLUMNS =
      "workspace_id, id, actor_id, action, entity, entity_id, at, change_fields, change_from,"
          + " change_to";

  private final JdbiTransactions db;

  JdbiAuditTrail(JdbiTransactions db) {
    this.db = db;
  }

  @Override
  public void record(AuditEntry e) {
    int n = e.changes().size();
    String[] fields = new String[n];
    String[] from = new String[n];
    String[] to = new String[n];
    for (int i = 0; i < n; i++) {
      fields[i] = e.changes().get(i).field();
      from[i] = e.changes().get(i).from();
      to[i] = e.changes().get(i).to();
    }
    // Deferred: nothing in the transaction reads the trail back, so the entry goes with the commit.
    DeferredWrite insert =
        new DeferredWrite(
            "insert into audit_entries ("
                + COLUMNS
                + ") values (:workspace_id, :id, :actor_id, :action, :entity, :entity_id,"
                + " :at, :fields, :from, :to)");
    insert.put("workspace_id", e.workspace().value(), UUID.class);
    insert.put("id", e.id(), UUID.class);
    insert.put("actor_id", e.actor().value(), UUID.class);
    insert.put("action", e.action().wireName(), String.class);
    insert.put("entity", e.entity().wireName(), String.class);
    insert.put("entity_id", e.entityId(), UUID.class);
    insert.put("at", ExpenseRows.utc(e.at()), OffsetDateTime.class);
    insert.put("fields", fields, String[].class);
    insert.put("from", from, String[].class);
    insert.put("to", to, String[].class);
    db.write(insert);
  }

  @Override
  public List<AuditEntry> list(
      WorkspaceId workspace, ActivityFilter filter, Optional<UUID> after, int limit) {
    StringBuilder sql =
        new StringBuilder("select " + COLUMNS + " from audit_entries where workspace_id = :ws");
    filter.entity().ifPresent(t -> sql.append(" and entity = :entity"));
    filter.entityId().ifPresent(id -> sql.append(" and entity_id = :entity_id"));
    filter.actor().ifPresent(a -> sql.append(" and actor_id = :actor"));
    filter.from().ifPresent(d -> sql.append(" and at >= :from_at"));
    filter.to().ifPresent(d -> sql.append(" and at < :to_at"));
    after.ifPresent(
        a ->
            sql.append(
                " and seq < (select seq from audit_entries"
                    + " where workspace_id = :ws and id = :after)"));
    sql.append(" order by seq desc").append(PageLimit.sql(limit));
    return db.withHandle(
        h -> {
          var query = h.createQuery(sql.toString()).bind("ws", workspace.value());
          filter.entity().ifPresent(t -> query.bind("entity", t.wireName()));
          filter.entityId().ifPresent(id -> query.bind("entity_id", id));
          filter.actor().ifPresent(a -> query.bind("actor", a.value()));
          filter.from().ifPresent(d -> query.bind("from_at", startOf(d)));
          filter.to().ifPresent(d -> query.bind("to_at", startOf(d.plusDays(1))));
          after.ifPresent(a -> query.bind("after", a));
          return query.map((rs, ctx) -> map(rs)).list();
        });
  }

  @Override
  public boolean contains(WorkspaceId workspace, UUID id) {
    return db.withHandle(
        h ->
            h.createQuery(
                    "select exists (select 1 from audit_entries"
                        + " where workspace_id = :ws and id = :id)")
                .bind("ws", workspace.value())
                .bind("id", id)
                .mapTo(Boolean.class)
                .one());
  }

  /**
   * Only rows of transactions that began before the oldest one still running (the snapshot's xmin):
   * those have all ended, so nothing can later appear before the last position handed out. A long
   * transaction anywhere in the database holds the feed back until it ends; it never makes the feed
   * skip.
   */
  @Override
  public List<FeedItem> feed(WorkspaceId workspace, Optional<FeedPosition> after, int limit) {
    String keyset =
        after.isEmpty() ? "" : " and (txid, seq) > (cast(:after_tx as xid8), :after_seq)";
    return db.withHandle(
        h -> {
          var query =
              h.createQuery(
                      "select txid::text as txid, seq, entity, entity_id from audit_entries"
                          + " where workspace_id = :ws"
                          + " and txid < pg_snapshot_xmin(pg_current_snapshot())"
                          + keyset
                          + " order by txid, seq"
                          + PageLimit.sql(limit))
                  .bind("ws", workspace.value());
          after.ifPresent(
              a ->
                  query
                      .bind("after_tx", Long.toUnsignedString(a.transaction()))
                      .bind("after_seq", a.sequence()));
          return query
              .map(
                  (rs, ctx) ->
                      new FeedItem(
                          new FeedPosition(
                              Long.parseUnsignedLong(rs.getString("txid")), rs.getLong("seq")),
                          EntityType.fromWireName(rs.getString("entity")).orElseThrow(),
                          rs.getObject("entity_id", UUID.class)))
              .list();
        });
  }

  private static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  private static AuditEntry map(ResultSet rs) throws SQLException {
    String[] fields = (String[]) rs.getArray("change_fields").getArray();
    String[] from = (String[]) rs.getArray("change_from").getArray();
    String[] to = (String[]) rs.getArray("change_to").getArray();
    List<FieldChange> changes = new ArrayList<>();
    for (int i = 0; i < fields.length; i++) {
      changes.add(new FieldChange(fields[i], from[i], to[i]));
    }
    return new AuditEntry(
        rs.getObject("id", UUID.class),
        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
        new UserId(rs.getObject("actor_id", UUID.class)),
        AuditAction.fromWireName(rs.getString("action")).orElseThrow(),
        EntityType.fromWireName(rs.getString("entity")).orElseThrow(),
        rs.getObject("entity_id", UUID.class),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        changes);
  }
}
