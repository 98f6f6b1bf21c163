package org.expensetracker.adapters.persistence;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Rows the expense tests stand on (users, workspaces, members), inserted with plain SQL. */
final class SqlFixtures {
  private SqlFixtures() {}

  static WorkspaceId workspace(PostgresStorage storage, Currency currency) {
    UUID id = UUID.randomUUID();
    tx(storage)
        .withHandle(
            h ->
                h.createUpdate(
                        "insert into workspaces (id, name, currency, created_at)"
                            + " values (:id, 'Trip', :currency, now())")
                    .bind("id", id)
                    .bind("currency", currency.getCurrencyCode())
                    .execute());
    return new WorkspaceId(id);
  }

  static UserId user(PostgresStorage storage, String fullName) {
    UUID id = UUID.randomUUID();
    tx(storage)
        .withHandle(
            h ->
                h.createUpdate(
                        "insert into users (id, email, full_name, password_hash, is_verified,"
                            + " created_at, password_changed_at)"
                            + " values (:id, :email, :name, 'x', true, now(), now())")
                    .bind("id", id)
                    .bind("email", id + "@example.com")
                    .bind("name", fullName)
                    .execute());
    return new UserId(id);
  }

  static void member(PostgresStorage storage, WorkspaceId workspace, UserId user, Role role) {
    tx(storage)
        .withHandle(
            h ->
                h.createUpdate(
                        "insert into workspace_members (workspace_id, user_id, role, joined_at)"
                            + " values (:w, :u, :role, now())")
                    .bind("w", workspace.value())
                    .bind("u", user.value())
                    .bind("role", role.wireName())
                    .execute());
  }

  static JdbiTransactions tx(PostgresStorage storage) {
    return (JdbiTransactions) storage.transactions();
  }
}
