package org.expensetracker.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.CreateExpenseUseCase.CreateExpense;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase;
import org.expensetracker.application.port.in.ListExpensesUseCase.ListExpenses;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.application.testing.CapturingOtpSender;
import org.expensetracker.application.testing.FakePasswordHasher;
import org.expensetracker.application.testing.FakeTokens;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryIdempotencyKeys;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemoryOtpStore;
import org.expensetracker.application.testing.InMemoryRateLimits;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;
import org.expensetracker.application.testing.InMemoryWorkspaces;
import org.expensetracker.domain.expense.Expense;
import org.expensetracker.domain.expense.ExpenseFilter;
import org.expensetracker.domain.expense.ExpenseSort;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.otp.OtpPurpose;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

/**
 * The core used as a library, as an embedding application would: every outgoing port on an
 * in-memory adapter, no HTTP, no database. Each step is one call on {@link ExpenseTracker}.
 */
class EmbeddingExampleTest {

  @Test
  void anEmbeddingApplicationRunsTheWholeFlowWithoutHttpOrDatabase() {
    var users = new InMemoryUsers();
    var workspaces = new InMemoryWorkspaces(users);
    var expenses = new InMemoryExpenses();
    var settlements = new InMemorySettlements();
    var mail = new CapturingOtpSender();
    ExpenseTracker core =
        ExpenseTracker.builder()
            .transactions(new InMemoryTransactions())
            .users(users)
            .passwordHasher(new FakePasswordHasher())
            .tokens(new FakeTokens())
            .otpStore(new InMemoryOtpStore())
            .otpSender(mail)
            .rateLimits(new InMemoryRateLimits())
            .identitySettings(
                new IdentitySettings(
                    true,
                    "a server key of at least 32 bytes!".getBytes(StandardCharsets.UTF_8),
                    IdentitySettings.Limits.defaults()))
            .memberships(workspaces)
            .workspaces(workspaces)
            .workspaceExpenses(expenses)
            .expenses(expenses)
            .idempotencyKeys(new InMemoryIdempotencyKeys())
            .settlements(settlements)
            .ledger(new InMemoryLedger(expenses, settlements, workspaces::usersOf))
            .auditTrail(new InMemoryAuditTrail())
            .build();

    // Two people register and verify their address with the code "mailed" to it.
    signUp(core, mail, "ada@example.com", "Ada Lovelace");
    UserId bob = signUp(core, mail, "bob@example.com", "Bob Babbage");

    // Ada logs in; the token stands for her in every later call.
    LoginUseCase.Session session =
        core.login()
            .login(
                LoginUseCase.Command.parse(
                    "ada@example.com", "a long private phrase", "app", "email"));
    UserId ada = core.authenticate().authenticate(session.accessToken());

    // She creates a workspace, adds Bob and records an expense, split equally between them.
    WorkspaceId flat =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(ada, "Flat", "EUR"))
            .id();
    Scope asAda = new Scope(flat, ada);
    core.addMember().add(AddMemberUseCase.Command.parse(asAda, "bob@example.com", "member"));
    Expense dinner =
        core.createExpense()
            .create(
                new CreateExpense(
                    flat,
                    ada,
                    new BigDecimal("42.10"),
                    "Dinner",
                    "Food",
                    LocalDate.of(2026, 11, 5),
                    Optional.empty(), // paid by the caller
                    Optional.empty(), // equal split among the members
                    null));

    // Bob, now a member, sees it in the workspace's list.
    ListExpensesUseCase.Page page =
        core.listExpenses()
            .list(
                new ListExpenses(
                    flat,
                    bob,
                    ExpenseFilter.all(),
                    ExpenseSort.DEFAULT,
                    Optional.empty(),
                    ListExpensesUseCase.DEFAULT_LIMIT));
    assertThat(page.items()).containsExactly(dinner);
    assertThat(dinner.amount().toString()).isEqualTo("42.10");
    assertThat(dinner.soloPayer()).contains(ada);
    // Bob owes Ada his half; settle-up suggests exactly that payment.
    assertThat(core.balances().balances(new Scope(flat, bob)).members())
        .extracting(b -> b.user(), b -> b.net().toString())
        .containsExactlyInAnyOrder(tuple(ada, "21.05"), tuple(bob, "-21.05"));
    assertThat(core.settleUp().settleUp(asAda, true).transfers())
        .extracting(t -> t.from(), t -> t.to(), t -> t.amount().toString())
        .containsExactly(tuple(bob, ada, "21.05"));
    assertThat(core.listMembers().members(asAda))
        .extracting(m -> m.userId(), m -> m.role())
        .containsExactly(tuple(ada, Role.OWNER), tuple(bob, Role.MEMBER));
  }

  /** Registers {@code email} and verifies it with the code the sender captured. */
  private static UserId signUp(
      ExpenseTracker core, CapturingOtpSender mail, String email, String fullName) {
    core.register()
        .register(RegisterUseCase.Command.parse(email, "a long private phrase", fullName, "app"));
    String code = mail.lastCode(email, OtpPurpose.VERIFY_EMAIL).orElseThrow();
    return core.verifyEmail().verify(VerifyEmailUseCase.Command.parse(email, code, "app")).id();
  }
}
