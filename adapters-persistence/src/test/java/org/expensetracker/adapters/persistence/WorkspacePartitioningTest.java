package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The schema stays shardable by workspace (docs/scaling.md): every table that is not one of the few
 * global, per-user ones carries {@code workspace_id} as the first column of its primary key, and
 * every index of such a table leads with it, so a distributed PostgreSQL (Citus) can co-locate a
 * workspace's rows on one node. A new table has to take a side here on purpose.
 */
@PostgresTest
class WorkspacePartitioningTest {
  /** Global tables: per user or per client, never per workspace. */
  private static final Set<String> GLOBAL =
      Set.of(
          "users",
          "otp_store",
          "rate_limit_events",
          "idempotency_keys",
          "flyway_schema_history",
          "reference_exchange_rates");

  /**
   * The one lookup across workspaces: a caller's own workspaces, by user. Under sharding it asks
   * every shard (see docs/scaling.md).
   */
  private static final Set<String> CROSS_WORKSPACE_INDEXES = Set.of("workspace_members_by_user");

  /** The table of workspaces itself, distributed by its own id. */
  private static final String WORKSPACES = "workspaces";

  @Test
  void everyWorkspaceScopedTableLeadsItsPrimaryKeyWithWorkspaceId() throws SQLException {
    Map<String, String> firstKeyColumn =
        query(
            """
            select c.relname, a.attname
              from pg_index i
              join pg_class c on c.oid = i.indrelid
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
             where n.nspname = 'public' and i.indisprimary
            """);
    List<String> tables =
        new ArrayList<>(
            query(
                    """
                    select c.relname, c.relname from pg_class c
                      join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = 'public' and c.relkind in ('r', 'p')
                    """)
                .keySet());
    tables.removeAll(GLOBAL);

    assertThat(tables).contains(WORKSPACES, "workspace_members", "expenses", "expense_shares");
    for (String table : tables) {
      String expected = table.equals(WORKSPACES) ? "id" : "workspace_id";
      assertThat(firstKeyColumn.get(table))
          .as("first primary key column of " + table)
          .isEqualTo(expected);
    }
  }

  @Test
  void everyIndexOfAWorkspaceScopedTableLeadsWithWorkspaceId() throws SQLException {
    Map<String, String> leading =
        query(
            """
            select ic.relname, c.relname || '.' || coalesce(a.attname, '(expression)')
              from pg_index i
              join pg_class c on c.oid = i.indrelid
              join pg_class ic on ic.oid = i.indexrelid
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
             where n.nspname = 'public'
            """);
    int checked = 0;
    for (Map.Entry<String, String> index : leading.entrySet()) {
      String table = index.getValue().substring(0, index.getValue().indexOf('.'));
      if (GLOBAL.contains(table)
          || table.equals(WORKSPACES)
          || CROSS_WORKSPACE_INDEXES.contains(index.getKey())) {
        continue;
      }
      assertThat(index.getValue())
          .as("leading column of " + index.getKey())
          .isEqualTo(table + ".workspace_id");
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(10);
  }

  private static Map<String, String> query(String sql) throws SQLException {
    Map<String, String> rows = new TreeMap<>();
    try (Connection c = TestDatabase.postgres().getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.put(rs.getString(1), rs.getString(2));
      }
    }
    return rows;
  }
}
