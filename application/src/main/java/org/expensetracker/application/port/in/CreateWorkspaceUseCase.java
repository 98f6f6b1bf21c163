package org.expensetracker.application.port.in;

import java.util.Currency;
import java.util.Objects;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceName;

/** Incoming port: create a workspace; the caller becomes its owner. */
public interface CreateWorkspaceUseCase {
  WorkspaceView create(Command command);

  /** A new workspace's name and currency. */
  record Command(UserId caller, WorkspaceName name, Currency currency) {
    public Command {
      Objects.requireNonNull(caller, "caller");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(currency, "currency");
    }

    /** Parses client values; a missing currency means USD. Every bad field is reported. */
    public static Command parse(UserId caller, String name, String currency) {
      Validation validation = new Validation();
      WorkspaceName parsedName = validation.attempt(() -> new WorkspaceName(name));
      Currency parsedCurrency =
          currency == null
              ? Workspace.DEFAULT_CURRENCY
              : validation.attempt(() -> Money.currency(currency, "currency"));
      validation.throwIfInvalid();
      return new Command(caller, parsedName, parsedCurrency);
    }
  }
}
