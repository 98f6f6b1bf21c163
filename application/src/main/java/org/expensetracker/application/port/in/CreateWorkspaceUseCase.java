package org.expensetracker.application.port.in;

import java.util.Currency;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.workspace.WorkspaceProfile;

/** Incoming port: create a workspace; the caller becomes its owner. */
public interface CreateWorkspaceUseCase {
  WorkspaceProfile create(CreateWorkspace command);

  /** The name is trimmed and 1 to 100 characters; the currency an ISO 4217 code, USD by default. */
  record CreateWorkspace(UserId caller, String name, Currency currency) {
    public CreateWorkspace {
      java.util.Objects.requireNonNull(caller, "caller");
      name = WorkspaceProfile.validName(name);
      currency = currency == null ? Money.currency("USD", "currency") : currency;
    }
  }
}
