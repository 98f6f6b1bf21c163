package org.expensetracker.adapters.persistence;

import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * {@link WorkspaceExpenses} on the {@code expenses} and {@code settlements} tables (index-only
 * probes): either fixes the currency.
 */
final class JdbiWorkspaceExpenses implements WorkspaceExpenses {
  private final JdbiTransactions tx;

  JdbiWorkspaceExpenses(JdbiTransactions tx) {
    this.tx = tx;
  }

  @Override
  public boolean exist(WorkspaceId workspace) {
    return tx.withHandle(
        h ->
            h.createQuery(
                    "SELECT EXISTS (SELECT 1 FROM expenses WHERE workspace_id = :workspace)"
                        + " OR EXISTS (SELECT 1 FROM settlements WHERE workspace_id = :workspace)")
                .bind("workspace", workspace.value())
                .mapTo(Boolean.class)
                .one());
  }
}
