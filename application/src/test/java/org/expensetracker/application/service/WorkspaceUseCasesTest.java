package org.expensetracker.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Currency;
import java.util.UUID;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.port.in.UpdateWorkspaceUseCase;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.testing.FakeWorkspaceExpenses;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.application.testing.InMemoryAuditTrail;
import org.expensetracker.application.testing.InMemoryExpenses;
import org.expensetracker.application.testing.InMemoryLedger;
import org.expensetracker.application.testing.InMemorySettlements;
import org.expensetracker.application.testing.InMemoryTransactions;
import org.expensetracker.application.testing.InMemoryUsers;
import org.expensetracker.application.testing.InMemoryWorkspaces;
import org.expensetracker.application.testing.MutableClock;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.PasswordHash;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.Test;

class WorkspaceUseCasesTest {
  final MutableClock clock = MutableClock.at("2025-03-01T10:00:00.000Z");
  final InMemoryUsers users = new InMemoryUsers();
  final InMemoryWorkspaces workspaces = new InMemoryWorkspaces(users);
  final FakeWorkspaceExpenses expenses = new FakeWorkspaceExpenses();
  final ExpenseTracker core =
      IdentityFakes.withUsers(ExpenseTracker.builder(), users)
          .transactions(new InMemoryTransactions())
          .clock(clock)
          .memberships(workspaces)
          .workspaces(workspaces)
          .workspaceExpenses(expenses)
          .ledger(
              new InMemoryLedger(
                  new InMemoryExpenses(), new InMemorySettlements(), workspaces::usersOf))
          .auditTrail(new InMemoryAuditTrail())
          .build();

  final UserId owner = user("owner@example.com", true);
  final UserId admin = user("admin@example.com", true);
  final UserId member = user("member@example.com", true);
  final UserId viewer = user("viewer@example.com", true);
  final UserId stranger = user("stranger@example.com", true);

  UserId user(String email, boolean verified) {
    User user =
        User.register(
            new UserId(UUID.randomUUID()),
            new Email(email),
            new FullName("Name of " + email),
            new PasswordHash("$2a$10$x"),
            verified,
            clock.instant());
    users.add(user);
    return user.id();
  }

  WorkspaceId team() {
    WorkspaceId ws =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(owner, "Flat", null))
            .id();
    add(ws, owner, "admin@example.com", "admin");
    add(ws, owner, "member@example.com", "member");
    add(ws, owner, "viewer@example.com", "viewer");
    return ws;
  }

  MemberView add(WorkspaceId ws, UserId by, String email, String role) {
    clock.advance(Duration.ofSeconds(1));
    return core.addMember().add(AddMemberUseCase.Command.parse(new Scope(ws, by), email, role));
  }

  Role roleOf(WorkspaceId ws, UserId user) {
    return workspaces.find(ws, user).orElseThrow().role();
  }

  @Test
  void theCreatorOwnsANewWorkspaceInUsdByDefault() {
    WorkspaceView created =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(owner, "  Trip  ", null));

    assertThat(created.name().value()).isEqualTo("Trip");
    assertThat(created.currency()).isEqualTo(Currency.getInstance("USD"));
    assertThat(created.role()).isEqualTo(Role.OWNER);
    assertThat(created.createdAt()).isEqualTo(clock.instant());
    assertThat(core.getWorkspace().get(new Scope(created.id(), owner))).isEqualTo(created);
  }

  @Test
  void everyBadFieldOfANewWorkspaceIsReportedAtOnce() {
    assertThatThrownBy(() -> CreateWorkspaceUseCase.Command.parse(owner, " ", "usd"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.errors())
                    .extracting(f -> f.field())
                    .containsExactly("name", "currency"));
  }

  @Test
  void aUserListsOnlyTheirWorkspacesNewestFirstWithTheirRole() {
    WorkspaceId first = team();
    clock.advance(Duration.ofMinutes(1));
    WorkspaceId second =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(member, "Mine", "EUR"))
            .id();
    core.createWorkspace().create(CreateWorkspaceUseCase.Command.parse(stranger, "Other", null));

    assertThat(core.listWorkspaces().list(member))
        .extracting(WorkspaceView::id, WorkspaceView::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(second, Role.OWNER),
            org.assertj.core.groups.Tuple.tuple(first, Role.MEMBER));
  }

  @Test
  void aStrangerGetsExactlyTheNotFoundOfAMissingWorkspace() {
    WorkspaceId ws = team();
    WorkspaceId missing = new WorkspaceId(UUID.randomUUID());

    for (WorkspaceId id : new WorkspaceId[] {ws, missing}) {
      Scope scope = new Scope(id, stranger);
      assertNotFound(() -> core.getWorkspace().get(scope));
      assertNotFound(() -> core.listMembers().members(scope));
      assertNotFound(() -> core.listMembers().member(scope, owner));
      assertNotFound(
          () ->
              core.updateWorkspace()
                  .update(UpdateWorkspaceUseCase.Command.parse(scope, "x", null)));
      assertNotFound(() -> core.deleteWorkspace().delete(scope));
      assertNotFound(
          () -> core.addMember().add(AddMemberUseCase.Command.parse(scope, "x@example.com", null)));
      assertNotFound(
          () ->
              core.changeRole()
                  .changeRole(ChangeRoleUseCase.Command.parse(scope, member, "viewer")));
      assertNotFound(
          () -> core.removeMember().remove(new RemoveMemberUseCase.Command(scope, member)));
      assertNotFound(
          () -> core.removeMember().remove(new RemoveMemberUseCase.Command(scope, stranger)));
      assertNotFound(
          () ->
              core.transferOwnership()
                  .transfer(new TransferOwnershipUseCase.Command(scope, stranger)));
    }
  }

  static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NotFound.class).hasMessage("Workspace not found");
  }

  @Test
  void adminsRenameAndChangeTheCurrencyMembersMayNot() {
    WorkspaceId ws = team();

    WorkspaceView changed =
        core.updateWorkspace()
            .update(UpdateWorkspaceUseCase.Command.parse(new Scope(ws, admin), "Flat 2", "JPY"));

    assertThat(changed.name().value()).isEqualTo("Flat 2");
    assertThat(changed.currency()).isEqualTo(Currency.getInstance("JPY"));
    assertThat(changed.role()).isEqualTo(Role.ADMIN);
    assertThat(workspaces.find(ws, viewer).orElseThrow().currency())
        .isEqualTo(Currency.getInstance("JPY"));
    assertThatThrownBy(
            () ->
                core.updateWorkspace()
                    .update(UpdateWorkspaceUseCase.Command.parse(new Scope(ws, member), "x", null)))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void theCurrencyIsFixedOnceTheWorkspaceHasExpensesButTheNameIsNot() {
    WorkspaceId ws = team();
    expenses.record(ws);
    Scope scope = new Scope(ws, owner);

    assertThatThrownBy(
            () ->
                core.updateWorkspace()
                    .update(UpdateWorkspaceUseCase.Command.parse(scope, "Renamed", "EUR")))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("currency-fixed"));
    assertThat(core.getWorkspace().get(scope).name().value()).isEqualTo("Flat");
    assertThat(
            core.updateWorkspace()
                .update(UpdateWorkspaceUseCase.Command.parse(scope, "Renamed", "USD"))
                .name()
                .value())
        .isEqualTo("Renamed");
  }

  @Test
  void anUpdateNeedsSomethingToChange() {
    assertThatThrownBy(
            () ->
                UpdateWorkspaceUseCase.Command.parse(
                    new Scope(new WorkspaceId(UUID.randomUUID()), owner), null, null))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void onlyTheOwnerDeletesAndThenTheWorkspaceIsGoneForEveryone() {
    WorkspaceId ws = team();

    assertThatThrownBy(() -> core.deleteWorkspace().delete(new Scope(ws, admin)))
        .isInstanceOf(Forbidden.class);
    core.deleteWorkspace().delete(new Scope(ws, owner));

    assertNotFound(() -> core.getWorkspace().get(new Scope(ws, owner)));
    assertThat(core.listWorkspaces().list(member)).isEmpty();
  }

  @Test
  void membersAreListedWithNameAddressRoleAndJoinTime() {
    WorkspaceId ws = team();

    assertThat(core.listMembers().members(new Scope(ws, viewer)))
        .extracting(m -> m.email().value(), MemberView::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("owner@example.com", Role.OWNER),
            org.assertj.core.groups.Tuple.tuple("admin@example.com", Role.ADMIN),
            org.assertj.core.groups.Tuple.tuple("member@example.com", Role.MEMBER),
            org.assertj.core.groups.Tuple.tuple("viewer@example.com", Role.VIEWER));
    MemberView one = core.listMembers().member(new Scope(ws, viewer), member);
    assertThat(one.fullName().value()).isEqualTo("Name of member@example.com");
    assertThatThrownBy(() -> core.listMembers().member(new Scope(ws, viewer), stranger))
        .isInstanceOf(NotFound.class)
        .hasMessage("Member not found");
  }

  @Test
  void addingByAddressFindsTheVerifiedUserWhateverTheCaseAndDefaultsToMember() {
    WorkspaceId ws = team();
    UserId newcomer = user("new@example.com", true);

    MemberView added = add(ws, admin, "  NEW@Example.com ", null);

    assertThat(added.userId()).isEqualTo(newcomer);
    assertThat(added.role()).isEqualTo(Role.MEMBER);
    assertThat(added.joinedAt()).isEqualTo(clock.instant());
  }

  @Test
  void anUnknownAddressIsNotFoundAndAnUnverifiedOneAConflict() {
    WorkspaceId ws = team();
    user("unverified@example.com", false);

    assertThatThrownBy(() -> add(ws, owner, "nobody@example.com", "member"))
        .isInstanceOf(NotFound.class)
        .hasMessage("User not found");
    assertThatThrownBy(() -> add(ws, owner, "unverified@example.com", "member"))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("user-not-verified"));
  }

  @Test
  void anUnverifiedRegistrationPastItsLifetimeCountsAsUnknown() {
    WorkspaceId ws = team();
    user("lapsed@example.com", false);
    clock.advance(User.UNVERIFIED_LIFETIME);

    assertThatThrownBy(() -> add(ws, owner, "lapsed@example.com", "member"))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aMemberWithoutTheRoleLearnsNothingAboutAddresses() {
    WorkspaceId ws = team();

    assertThatThrownBy(() -> add(ws, member, "nobody@example.com", "member"))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> add(ws, viewer, "stranger@example.com", "member"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void anExistingMemberCannotBeAddedAgainNorMadeOwnerByAdding() {
    WorkspaceId ws = team();

    assertThatThrownBy(() -> add(ws, owner, "member@example.com", "admin"))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("already-member"));
    assertThatThrownBy(() -> add(ws, owner, "stranger@example.com", "owner"))
        .isInstanceOf(InvalidInput.class);
    assertThat(roleOf(ws, member)).isEqualTo(Role.MEMBER);
  }

  @Test
  void rolesChangeAndTheResultIsReturned() {
    WorkspaceId ws = team();

    MemberView promoted =
        core.changeRole()
            .changeRole(ChangeRoleUseCase.Command.parse(new Scope(ws, admin), member, "admin"));

    assertThat(promoted.role()).isEqualTo(Role.ADMIN);
    assertThat(roleOf(ws, member)).isEqualTo(Role.ADMIN);
    assertThatThrownBy(
            () ->
                core.changeRole()
                    .changeRole(
                        ChangeRoleUseCase.Command.parse(new Scope(ws, admin), member, "viewer")))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aDemotedAdminLosesTheRightOnTheNextCall() {
    WorkspaceId ws = team();
    core.changeRole()
        .changeRole(ChangeRoleUseCase.Command.parse(new Scope(ws, owner), admin, "viewer"));

    assertThatThrownBy(() -> add(ws, admin, "stranger@example.com", "member"))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aRemovedOrDepartedMemberNoLongerSeesTheWorkspace() {
    WorkspaceId ws = team();

    core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(ws, admin), member));
    core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(ws, viewer), viewer));

    assertNotFound(() -> core.getWorkspace().get(new Scope(ws, member)));
    assertNotFound(() -> core.getWorkspace().get(new Scope(ws, viewer)));
    assertThat(core.listMembers().members(new Scope(ws, owner))).hasSize(2);
  }

  @Test
  void theOwnerHandsOnOwnershipAndThenMayLeave() {
    WorkspaceId ws = team();

    WorkspaceView after =
        core.transferOwnership()
            .transfer(new TransferOwnershipUseCase.Command(new Scope(ws, owner), member));

    assertThat(after.role()).isEqualTo(Role.ADMIN);
    assertThat(roleOf(ws, member)).isEqualTo(Role.OWNER);
    core.removeMember().remove(new RemoveMemberUseCase.Command(new Scope(ws, owner), owner));
    assertNotFound(() -> core.getWorkspace().get(new Scope(ws, owner)));
  }

  @Test
  void refusedChangesLeaveTheWorkspaceAsItWas() {
    WorkspaceId ws = team();
    var before = workspaces.lock(ws).orElseThrow();

    for (Runnable refused :
        new Runnable[] {
          () ->
              core.removeMember()
                  .remove(new RemoveMemberUseCase.Command(new Scope(ws, owner), owner)),
          () ->
              core.transferOwnership()
                  .transfer(new TransferOwnershipUseCase.Command(new Scope(ws, admin), member)),
          () -> core.deleteWorkspace().delete(new Scope(ws, admin)),
        }) {
      assertThatThrownBy(refused::run).isInstanceOf(DomainException.class);
    }
    assertThat(workspaces.lock(ws)).contains(before);
  }
}
