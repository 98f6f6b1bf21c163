package org.expensetracker.application;

import java.time.Clock;
import java.util.Objects;
import org.expensetracker.application.port.in.ActivityUseCase;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.AuthenticateUseCase;
import org.expensetracker.application.port.in.BalancesUseCase;
import org.expensetracker.application.port.in.ChangePasswordUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.ChangesUseCase;
import org.expensetracker.application.port.in.CreateExpenseUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.DeleteExpenseUseCase;
import org.expensetracker.application.port.in.DeleteSettlementUseCase;
import org.expensetracker.application.port.in.DeleteWorkspaceUseCase;
import org.expensetracker.application.port.in.GetCurrentUserUseCase;
import org.expensetracker.application.port.in.GetExpenseUseCase;
import org.expensetracker.application.port.in.GetWorkspaceUseCase;
import org.expensetracker.application.port.in.IdempotencyUseCase;
import org.expensetracker.application.port.in.ListExchangeRatesUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.ListMembersUseCase;
import org.expensetracker.application.port.in.ListSettlementsUseCase;
import org.expensetracker.application.port.in.ListWorkspacesUseCase;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.PatchExpenseUseCase;
import org.expensetracker.application.port.in.RecordSettlementUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.RequestPasswordResetUseCase;
import org.expensetracker.application.port.in.ResendCodeUseCase;
import org.expensetracker.application.port.in.ResetPasswordUseCase;
import org.expensetracker.application.port.in.RestoreExpenseUseCase;
import org.expensetracker.application.port.in.SetExchangeRateUseCase;
import org.expensetracker.application.port.in.SettleUpUseCase;
import org.expensetracker.application.port.in.SummarizeExpensesUseCase;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.UpdateProfileUseCase;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.HealthCheck;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.OtpSender;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.application.port.out.PasswordHasher;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.application.port.out.ReferenceRates;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.TokenIssuer;
import org.expensetracker.application.port.out.TokenVerifier;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.application.service.ExpenseModule;
import org.expensetracker.application.service.HistoryModule;
import org.expensetracker.application.service.IdentityModule;
import org.expensetracker.application.service.WorkspaceModule;

/**
 * The core, built from its outgoing ports: the one object an embedding application (or the HTTP
 * adapter) needs. Each accessor returns an incoming port (a use case interface).
 */
public final class ExpenseTracker {
  private final OutgoingPorts ports;
  private final IdentityModule identity;
  private final ExpenseModule expenses;
  private final WorkspaceModule workspaces;
  private final HistoryModule history;

  private ExpenseTracker(
      OutgoingPorts ports,
      IdentityPorts identityPorts,
      ExpensePorts expensePorts,
      WorkspacePorts workspacePorts) {
    this.ports = ports;
    this.workspaces =
        workspacePorts == null
            ? null
            : new WorkspaceModule(
                ports.transactions(),
                ports.clock(),
                ports.ids(),
                workspacePorts.users(),
                workspacePorts.memberships(),
                workspacePorts.workspaces(),
                workspacePorts.expenses(),
                workspacePorts.ledger(),
                workspacePorts.audit());
    this.identity =
        identityPorts == null
            ? null
            : new IdentityModule(
                new IdentityModule.Ports(
                    ports.transactions(),
                    ports.clock(),
                    ports.ids(),
                    identityPorts.users(),
                    identityPorts.hasher(),
                    identityPorts.tokenIssuer(),
                    identityPorts.tokenVerifier(),
                    identityPorts.otpStore(),
                    identityPorts.otpSender(),
                    identityPorts.rateLimits()),
                identityPorts.settings());
    this.expenses =
        expensePorts == null
            ? null
            : new ExpenseModule(
                ports.transactions(),
                ports.clock(),
                ports.ids(),
                expensePorts.memberships(),
                expensePorts.expenses(),
                expensePorts.idempotencyKeys(),
                expensePorts.ledger(),
                expensePorts.settlements(),
                expensePorts.exchangeRates(),
                expensePorts.referenceRates(),
                expensePorts.audit());
    this.history =
        expensePorts == null || workspacePorts == null
            ? null
            : new HistoryModule(
                ports.transactions(),
                expensePorts.memberships(),
                expensePorts.audit(),
                expensePorts.expenses(),
                expensePorts.settlements(),
                workspacePorts.workspaces());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Readiness of the storage behind the core. */
  public boolean ready() {
    return ports.health().storageAnswers();
  }

  public RegisterUseCase register() {
    return identity().register();
  }

  public VerifyEmailUseCase verifyEmail() {
    return identity().verifyEmail();
  }

  public ResendCodeUseCase resendCode() {
    return identity().resendCode();
  }

  public LoginUseCase login() {
    return identity().login();
  }

  /** Bearer token to user id; the HTTP adapter's auth filter calls this on every request. */
  public AuthenticateUseCase authenticate() {
    return identity().authenticate();
  }

  public GetCurrentUserUseCase currentUser() {
    return identity().currentUser();
  }

  public UpdateProfileUseCase updateProfile() {
    return identity().updateProfile();
  }

  public ChangePasswordUseCase changePassword() {
    return identity().changePassword();
  }

  public RequestPasswordResetUseCase requestPasswordReset() {
    return identity().requestPasswordReset();
  }

  public ResetPasswordUseCase resetPassword() {
    return identity().resetPassword();
  }

  private IdentityModule identity() {
    if (identity == null) {
      throw new IllegalStateException("Identity ports are not configured (Builder.users(...))");
    }
    return identity;
  }

  public CreateExpenseUseCase createExpense() {
    return expenses().create();
  }

  public GetExpenseUseCase getExpense() {
    return expenses().get();
  }

  public PatchExpenseUseCase patchExpense() {
    return expenses().patch();
  }

  public DeleteExpenseUseCase deleteExpense() {
    return expenses().delete();
  }

  public ListExpensesUseCase listExpenses() {
    return expenses().list();
  }

  public SummarizeExpensesUseCase summarizeExpenses() {
    return expenses().summarize();
  }

  /** Runs a create at most once per Idempotency-Key. */
  public IdempotencyUseCase idempotency() {
    return expenses().idempotency();
  }

  public RestoreExpenseUseCase restoreExpense() {
    return expenses().restore();
  }

  /** The audit trail: activity of a workspace, history of an expense. */
  public ActivityUseCase activity() {
    return expenses().activity();
  }

  /** What changed since a position, for syncing clients (needs expense and workspace ports). */
  public ChangesUseCase changes() {
    if (history == null) {
      throw new IllegalStateException(
          "The change feed needs both the expense and the workspace ports");
    }
    return history.changes();
  }

  /** Every member's paid, owed and net in the workspace currency. */
  public BalancesUseCase balances() {
    return expenses().balances();
  }

  public SettleUpUseCase settleUp() {
    return expenses().settleUp();
  }

  public RecordSettlementUseCase recordSettlement() {
    return expenses().recordSettlement();
  }

  public ListSettlementsUseCase listSettlements() {
    return expenses().listSettlements();
  }

  public DeleteSettlementUseCase deleteSettlement() {
    return expenses().deleteSettlement();
  }

  /** Admins set the workspace's own exchange rates. */
  public SetExchangeRateUseCase setExchangeRate() {
    return expenses().setExchangeRate();
  }

  public ListExchangeRatesUseCase listExchangeRates() {
    return expenses().listExchangeRates();
  }

  public CreateWorkspaceUseCase createWorkspace() {
    return workspaces().create();
  }

  public ListWorkspacesUseCase listWorkspaces() {
    return workspaces().list();
  }

  public GetWorkspaceUseCase getWorkspace() {
    return workspaces().get();
  }

  public UpdateWorkspaceUseCase updateWorkspace() {
    return workspaces().update();
  }

  public DeleteWorkspaceUseCase deleteWorkspace() {
    return workspaces().delete();
  }

  public ListMembersUseCase listMembers() {
    return workspaces().members();
  }

  public AddMemberUseCase addMember() {
    return workspaces().addMember();
  }

  public ChangeRoleUseCase changeRole() {
    return workspaces().changeRole();
  }

  public RemoveMemberUseCase removeMember() {
    return workspaces().removeMember();
  }

  public TransferOwnershipUseCase transferOwnership() {
    return workspaces().transferOwnership();
  }

  private WorkspaceModule workspaces() {
    if (workspaces == null) {
      throw new IllegalStateException(
          "Workspace ports are not configured (Builder.workspaces(...), with users)");
    }
    return workspaces;
  }

  private ExpenseModule expenses() {
    if (expenses == null) {
      throw new IllegalStateException("Expense ports are not configured (Builder.expenses(...))");
    }
    return expenses;
  }

  /** Everything the core needs from the outside world. */
  record OutgoingPorts(
      Transactions transactions, Clock clock, IdGenerator ids, HealthCheck health) {
    OutgoingPorts {
      Objects.requireNonNull(transactions, "transactions");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(ids, "ids");
      Objects.requireNonNull(health, "health");
    }
  }

  /**
   * The identity use cases' ports. Optional as a whole so tests of other use cases need not supply
   * them; when {@code users} is given, the rest must be too.
   */
  record IdentityPorts(
      Users users,
      PasswordHasher hasher,
      TokenIssuer tokenIssuer,
      TokenVerifier tokenVerifier,
      OtpStore otpStore,
      OtpSender otpSender,
      RateLimits rateLimits,
      IdentitySettings settings) {
    IdentityPorts {
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(hasher, "passwordHasher");
      Objects.requireNonNull(tokenIssuer, "tokenIssuer");
      Objects.requireNonNull(tokenVerifier, "tokenVerifier");
      Objects.requireNonNull(otpStore, "otpStore");
      Objects.requireNonNull(otpSender, "otpSender");
      Objects.requireNonNull(rateLimits, "rateLimits");
      Objects.requireNonNull(settings, "identitySettings");
    }
  }

  /**
   * The expense use cases' ports. Optional as a whole like {@link IdentityPorts}; when {@code
   * expenses} is given, the rest must be too, except the two rate ports (without them only a
   * client's own exchange rate converts).
   */
  record ExpensePorts(
      Memberships memberships,
      Expenses expenses,
      IdempotencyKeys idempotencyKeys,
      Ledger ledger,
      Settlements settlements,
      ExchangeRates exchangeRates,
      ReferenceRates referenceRates,
      AuditTrail audit) {
    ExpensePorts {
      Objects.requireNonNull(audit, "auditTrail");
      Objects.requireNonNull(memberships, "memberships");
      Objects.requireNonNull(expenses, "expenses");
      Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(settlements, "settlements");
    }
  }

  /**
   * The workspace use cases' ports. Optional as a whole like {@link IdentityPorts}; when {@code
   * workspaces} is given, the rest must be too.
   */
  record WorkspacePorts(
      Users users,
      Memberships memberships,
      Workspaces workspaces,
      WorkspaceExpenses expenses,
      Ledger ledger,
      AuditTrail audit) {
    WorkspacePorts {
      Objects.requireNonNull(audit, "auditTrail");
      Objects.requireNonNull(ledger, "ledger");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(memberships, "memberships");
      Objects.requireNonNull(workspaces, "workspaces");
      Objects.requireNonNull(expenses, "workspaceExpenses");
    }
  }

  /** Collects the outgoing ports; {@link #build()} fails fast when one is missing. */
  public static final class Builder {
    private Transactions transactions;
    private Clock clock = Clock.systemUTC();
    private IdGenerator ids = IdGenerator.random();
    private HealthCheck health = () -> true;
    private Users users;
    private PasswordHasher passwordHasher;
    private TokenIssuer tokenIssuer;
    private TokenVerifier tokenVerifier;
    private OtpStore otpStore;
    private OtpSender otpSender;
    private RateLimits rateLimits;
    private IdentitySettings identitySettings;
    private Memberships memberships;
    private Expenses expenses;
    private IdempotencyKeys idempotencyKeys;
    private Workspaces workspaces;
    private WorkspaceExpenses workspaceExpenses;
    private Ledger ledger;
    private Settlements settlements;
    private ExchangeRates exchangeRates;
    private ReferenceRates referenceRates;

    /** The workspace rate tables and the cache of reference rates. */
    public Builder exchangeRates(ExchangeRates exchangeRates) {
      this.exchangeRates = exchangeRates;
      return this;
    }

    /** A provider of daily reference rates, asked when no workspace rate applies. */
    public Builder referenceRates(ReferenceRates referenceRates) {
      this.referenceRates = referenceRates;
      return this;
    }

    private AuditTrail auditTrail;

    /** Where every change is recorded, in the transaction of the change. */
    public Builder auditTrail(AuditTrail auditTrail) {
      this.auditTrail = auditTrail;
      return this;
    }

    /** Per-member sums of expenses and settlements (balances; removing a member checks them). */
    public Builder ledger(Ledger ledger) {
      this.ledger = ledger;
      return this;
    }

    public Builder settlements(Settlements settlements) {
      this.settlements = settlements;
      return this;
    }

    public Builder workspaces(Workspaces workspaces) {
      this.workspaces = workspaces;
      return this;
    }

    /** Whether a workspace has expenses (its currency is then fixed). */
    public Builder workspaceExpenses(WorkspaceExpenses workspaceExpenses) {
      this.workspaceExpenses = workspaceExpenses;
      return this;
    }

    private Builder() {}

    public Builder memberships(Memberships memberships) {
      this.memberships = memberships;
      return this;
    }

    public Builder expenses(Expenses expenses) {
      this.expenses = expenses;
      return this;
    }

    public Builder idempotencyKeys(IdempotencyKeys idempotencyKeys) {
      this.idempotencyKeys = idempotencyKeys;
      return this;
    }

    public Builder users(Users users) {
      this.users = users;
      return this;
    }

    public Builder passwordHasher(PasswordHasher passwordHasher) {
      this.passwordHasher = passwordHasher;
      return this;
    }

    /** Token signing and checking, usually one adapter implementing both ports. */
    public <T extends TokenIssuer & TokenVerifier> Builder tokens(T tokens) {
      return tokenIssuer(tokens).tokenVerifier(tokens);
    }

    public Builder tokenIssuer(TokenIssuer tokenIssuer) {
      this.tokenIssuer = tokenIssuer;
      return this;
    }

    public Builder tokenVerifier(TokenVerifier tokenVerifier) {
      this.tokenVerifier = tokenVerifier;
      return this;
    }

    public Builder otpStore(OtpStore otpStore) {
      this.otpStore = otpStore;
      return this;
    }

    public Builder otpSender(OtpSender otpSender) {
      this.otpSender = otpSender;
      return this;
    }

    public Builder rateLimits(RateLimits rateLimits) {
      this.rateLimits = rateLimits;
      return this;
    }

    public Builder identitySettings(IdentitySettings identitySettings) {
      this.identitySettings = identitySettings;
      return this;
    }

    public Builder transactions(Transactions transactions) {
      this.transactions = transactions;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public Builder ids(IdGenerator ids) {
      this.ids = ids;
      return this;
    }

    public Builder health(HealthCheck health) {
      this.health = health;
      return this;
    }

    public ExpenseTracker build() {
      IdentityPorts identityPorts =
          users == null
              ? null
              : new IdentityPorts(
                  users,
                  passwordHasher,
                  tokenIssuer,
                  tokenVerifier,
                  otpStore,
                  otpSender,
                  rateLimits,
                  identitySettings);
      ExpensePorts expensePorts =
          expenses == null
              ? null
              : new ExpensePorts(
                  memberships,
                  expenses,
                  idempotencyKeys,
                  ledger,
                  settlements,
                  exchangeRates,
                  referenceRates,
                  auditTrail);
      WorkspacePorts workspacePorts =
          workspaces == null
              ? null
              : new WorkspacePorts(
                  users, memberships, workspaces, workspaceExpenses, ledger, auditTrail);
      return new ExpenseTracker(
          new OutgoingPorts(transactions, clock, ids, health),
          identityPorts,
          expensePorts,
          workspacePorts);
    }
  }
}
