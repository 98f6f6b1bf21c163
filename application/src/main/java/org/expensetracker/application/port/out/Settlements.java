package org.expensetracker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.expensetracker.domain.balance.Settlement;
import org.expensetracker.domain.balance.SettlementId;
import org.expensetracker.domain.balance.Transfer;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the settlements recorded in every workspace. Every method is scoped to one
 * workspace; an id from another workspace is simply not found.
 */
public interface Settlements {

  void add(Settlement settlement);

  /** The settlement, deleted or not. */
  Optional<Settlement> find(WorkspaceId workspace, SettlementId id);

  /**
   * Stores the soft delete of a settlement loaded in this transaction; false when it was gone or
   * already deleted. A deleted settlement stops counting in lists and balances.
   */
  boolean markDeleted(Settlement deleted);

  /**
   * At most {@code limit} live settlements, newest first (settled_at, then created_at, then id, all
   * descending), after the one {@code after} names; empty when {@code after} is not in this
   * workspace.
   */
  List<Settlement> list(WorkspaceId workspace, Optional<SettlementId> after, int limit);

  /** Every live settlement as a transfer, for the direct debts between pairs. */
  List<Transfer> transfers(WorkspaceId workspace);
}
