package org.expensetracker.application.service;

import java.time.Clock;
import java.util.List;
import org.expensetracker.application.port.in.ListExchangeRatesUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.SetExchangeRateUseCase;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.domain.expense.ExpenseDetails;
import org.expensetracker.domain.money.ExchangeRate;
import org.expensetracker.domain.money.RateSource;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.Validation;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;

/** The workspace's own exchange rates: admins set them, members read them; one transaction each. */
final class ExchangeRateBook implements SetExchangeRateUseCase, ListExchangeRatesUseCase {
  private final Transactions transactions;
  private final Clock clock;
  private final WorkspaceAccess access;
  private final ExchangeRates rates;

  ExchangeRateBook(
      Transactions transactions, Clock clock, WorkspaceAccess access, ExchangeRates rates) {
    this.transactions = transactions;
    this.clock = clock;
    this.access = access;
    this.rates = rates;
  }

  @Override
  public ExchangeRate set(Command command) {
    Scope scope = command.scope();
    return transactions.inTransaction(
        () -> {
          Membership admin = access.member(scope.workspace(), scope.caller());
          admin.require(Action.MANAGE_EXCHANGE_RATES);
          Validation validation = new Validation();
          if (command.currency().equals(admin.currency())) {
            throw new InvalidInput(
                "currency",
                "is the workspace currency "
                    + admin.currency().getCurrencyCode()
                    + "; a rate converts from another one");
          }
          var rate = validation.attempt(() -> ExchangeRate.parse(command.rate(), "rate"));
          validation.check(
              !command.validFrom().isBefore(ExpenseDetails.EARLIEST_DAY)
                  && !command.validFrom().isAfter(ExpenseDetails.LATEST_DAY),
              "valid_from",
              "must be between "
                  + ExpenseDetails.EARLIEST_DAY
                  + " and "
                  + ExpenseDetails.LATEST_DAY);
          validation.throwIfInvalid();
          ExchangeRate stored =
              new ExchangeRate(
                  command.currency(),
                  admin.currency(),
                  rate,
                  command.validFrom(),
                  RateSource.WORKSPACE);
          rates.put(scope.workspace(), stored, scope.caller(), clock.instant());
          return stored;
        });
  }

  @Override
  public List<ExchangeRate> list(Scope scope) {
    return transactions.inTransaction(
        () -> {
          Membership member = access.member(scope.workspace(), scope.caller());
          member.require(Action.VIEW_WORKSPACE);
          return rates.list(scope.workspace(), member.currency());
        });
  }
}
