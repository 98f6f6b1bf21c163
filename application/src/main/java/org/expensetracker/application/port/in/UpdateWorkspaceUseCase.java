package org.expensetracker.application.port.in;

import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.expensetracker.domain.money.Money;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.WorkspaceName;

/**
 * Incoming port: rename a workspace and/or change its currency (admins and the owner). The currency
 * is fixed once the workspace has expenses ({@code currency-fixed}, 409).
 */
public interface UpdateWorkspaceUseCase {
  WorkspaceView update(Command command);

  /** What to change; at least one of the two. */
  record Command(Scope scope, Optional<WorkspaceName> name, Optional<Currency> currency) {
    public Command {
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(currency, "currency");
      if (name.isEmpty() && currency.isEmpty()) {
        throw new InvalidInput("name", "give a name or a currency to change");
      }
    }

    /** Parses client values; {@code null} means "leave as it is". */
    public static Command parse(Scope scope, String name, String currency) {
      Validation validation = new Validation();
      Optional<WorkspaceName> parsedName =
          name == null
              ? Optional.empty()
              : Optional.ofNullable(validation.attempt(() -> new WorkspaceName(name)));
      Optional<Currency> parsedCurrency =
          currency == null
              ? Optional.empty()
              : Optional.ofNullable(validation.attempt(() -> Money.currency(currency, "currency")));
      validation.throwIfInvalid();
      return new Command(scope, parsedName, parsedCurrency);
    }
  }
}
