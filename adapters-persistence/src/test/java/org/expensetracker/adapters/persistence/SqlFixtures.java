package org.expensetracker.adapters.persistence;

import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Rows the expense tests stand on (users, workspaces, members), inserted with plain SQL. */
final class SqlFixtures {
  private SqlFixtures() {}

  /** A workspace with an owner of its own (a workspace has exactly one owner at commit). */
  static WorkspaceId workspace(PostgresStorage storage, Currency currency) {
    UUID id = UUID.randomUUID();
    UUID owner = UUID.randomUUID();
    tx(storage)
        .withHandle(
            h ->
                h.createUpdate(
                        """
                        with o as (
                          insert into users (id, email, full_name, password_hash, is_verified,
                                             created_at, password_changed_at)
                          values (:owner, :email, 'Owner', 'x', true, now(), now()) returning id),
                        w as (
                          insert into workspaces (id, name, currency, created_at)
                          values (:id, 'Trip', :currency, now()) returning id)
                        insert into workspace_members (workspace_id, user_id, role, joined_at)
                        select w.id, o.id, 'owner', now() from w, o
                        """)
                    .bind("id", id)
                    .bind("owner", owner)
                    .bind("email", owner + "@example.com")
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

  /** The whole core on {@code storage}, every port on PostgreSQL (identity with test fakes). */
  static ExpenseTracker core(PostgresStorage storage) {
    return IdentityFakes.withUsers(ExpenseTracker.builder(), storage.users())
        .transactions(storage.transactions())
        .memberships(storage.memberships())
        .workspaces(storage.workspaces())
        .workspaceExpenses(storage.workspaceExpenses())
        .expenses(storage.expenses())
        .idempotencyKeys(storage.idempotencyKeys())
        .ledger(storage.ledger())
        .settlements(storage.settlements())
        .auditTrail(storage.auditTrail())
        .build();
  }
}
