package org.expensetracker.application.service;

import java.time.Clock;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.BalancesUseCase;
import org.expensetracker.application.port.in.CreateExpenseUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase;
import org.expensetracker.application.port.in.DeleteSettlementUseCase;
import org.expensetracker.application.port.in.GetExpenseUseCase;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.ListExchangeRatesUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.RestoreExpenseUseCase;
import org.expensetracker.application.port.in.SetExchangeRateUseCase;
import org.expensetracker.application.port.in.SettleUpUseCase;
import org.expensetracker.application.port.in.SummarizeExpensesUseCase;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;

/**
 * The expense use cases built from their outgoing ports; the services behind them stay
 * package-private. {@code ExpenseTracker} hands these out.
 */
public final class ExpenseModule {
  private final ExpenseCommands commands;
  private final ExpenseQueries queries;
  private final IdempotentRequests idempotency;
  private final BalanceSheet balances;
  private final SettlementBook settlements;
  private final ActivityLog activity;
  private final ExchangeRateBook rates;

  public ExpenseModule(
      Transactions transactions,
      Clock clock,
      IdGenerator ids,
      Memberships memberships,
      Expenses expenses,
      IdempotencyKeys idempotencyKeys,
      Ledger ledger,
      Settlements settlements,
      ExchangeRates exchangeRates,
      ReferenceRates referenceRates,
      AuditTrail audit) {
    WorkspaceAccess access = new WorkspaceAccess(memberships, expenses);
    // Both are optional for an embedding application: without them only a client's own rate
    // converts.
    NoRates none = new NoRates();
    exchangeRates = exchangeRates == null ? none : exchangeRates;
    referenceRates = referenceRates == null ? none : referenceRates;
    Conversions conversions = new Conversions(exchangeRates, referenceRates);
    this.commands =
        new ExpenseCommands(transactions, clock, ids, access, expenses, audit, conversions);
    this.activity = new ActivityLog(transactions, access, audit, expenses);
    this.rates = new ExchangeRateBook(transactions, clock, access, exchangeRates);
    this.queries = new ExpenseQueries(transactions, access, expenses);
    this.idempotency = new IdempotentRequests(transactions, clock, idempotencyKeys, access);
    this.balances = new BalanceSheet(transactions, access, ledger, settlements);
    this.settlements =
        new SettlementBook(transactions, clock, ids, access, settlements, audit, conversions);
  }

  public SetExchangeRateUseCase setExchangeRate() {
    return rates;
  }

  public ListExchangeRatesUseCase listExchangeRates() {
    return rates;
  }

  public RestoreExpenseUseCase restore() {
    return commands;
  }

  public ActivityUseCase activity() {
    return activity;
  }

  public BalancesUseCase balances() {
    return balances;
  }

  public SettleUpUseCase settleUp() {
    return balances;
  }

  public RecordSettlementUseCase recordSettlement() {
    return settlements;
  }

  public ListSettlementsUseCase listSettlements() {
    return settlements;
  }

  public DeleteSettlementUseCase deleteSettlement() {
    return settlements;
  }

  public CreateExpenseUseCase create() {
    return commands;
  }

  public GetExpenseUseCase get() {
    return queries;
  }

  public PatchExpenseUseCase patch() {
    return commands;
  }

  public DeleteExpenseUseCase delete() {
    return commands;
  }

  public ListExpensesUseCase list() {
    return queries;
  }

  public SummarizeExpensesUseCase summarize() {
    return queries;
  }

  public IdempotencyUseCase idempotency() {
    return idempotency;
  }
}
