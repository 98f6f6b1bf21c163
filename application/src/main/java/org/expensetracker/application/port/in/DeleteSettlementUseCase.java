package org.expensetracker.application.port.in;

import org.expensetracker.domain.balance.SettlementId;

/** Incoming port: delete a recorded settlement (its parties, admins and the owner may). */
public interface DeleteSettlementUseCase {
  void delete(Scope scope, SettlementId id);
}
