package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.adapters.persistence.testing.TestDatabase;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.AddMemberUseCase;
import org.expensetracker.application.port.in.ChangeRoleUseCase;
import org.expensetracker.application.port.in.CreateWorkspaceUseCase;
import org.expensetracker.application.port.in.RemoveMemberUseCase;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.in.TransferOwnershipUseCase;
import org.expensetracker.application.testing.IdentityFakes;
import org.expensetracker.application.testing.UsersContract;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent role changes, removals and transfers of ownership on one workspace, through the real
 * use cases on PostgreSQL: every change is refused or applied whole, and the workspace always ends
 * with exactly one owner.
 */
@PostgresTest
class WorkspaceConcurrencyTest {
  private static final int THREADS = 6;

  private final PostgresStorage storage = TestDatabase.storage();
  private final ExpenseTracker core =
      IdentityFakes.withUsers(ExpenseTracker.builder(), storage.users())
          .transactions(storage.transactions())
          .memberships(storage.memberships())
          .workspaces(storage.workspaces())
          .workspaceExpenses(storage.workspaceExpenses())
          .ledger(storage.ledger())
          .settlements(storage.settlements())
          .auditTrail(storage.auditTrail())
          .build();
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private User user() {
    User user = UsersContract.newUser(true);
    storage.users().add(user);
    return user;
  }

  private WorkspaceId workspace(User owner, List<User> members, Role role) {
    WorkspaceId ws =
        core.createWorkspace()
            .create(CreateWorkspaceUseCase.Command.parse(owner.id(), "Race", null))
            .id();
    for (User m : members) {
      core.addMember()
          .add(new AddMemberUseCase.Command(new Scope(ws, owner.id()), m.email(), role));
    }
    return ws;
  }

  @Test
  void ofTwoSimultaneousTransfersExactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      User owner = user();
      User first = user();
      User second = user();
      WorkspaceId ws = workspace(owner, List.of(first, second), Role.MEMBER);
      CyclicBarrier start = new CyclicBarrier(2);

      List<Future<Object>> results = new ArrayList<>();
      for (User heir : List.of(first, second)) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return core.transferOwnership()
                        .transfer(
                            new TransferOwnershipUseCase.Command(
                                new Scope(ws, owner.id()), heir.id()));
                  } catch (DomainException refused) {
                    return refused;
                  }
                }));
      }

      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> f : results) {
        outcomes.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(outcomes).filteredOn(o -> o instanceof Forbidden).hasSize(1);
      assertThat(ownersOf(ws)).hasSize(1).containsAnyOf(first.id(), second.id());
      assertThat(roleOf(ws, owner.id())).isEqualTo("admin");
    }
  }

  @Test
  void aStormOfRoleChangesRemovalsAndTransfersAlwaysLeavesExactlyOneOwner() throws Exception {
    User owner = user();
    List<User> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(user());
    }
    WorkspaceId ws = workspace(owner, people, Role.ADMIN);
    List<User> everyone = new ArrayList<>(people);
    everyone.add(owner);

    List<Callable<Integer>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Random random = new Random(t);
      workers.add(() -> storm(ws, owner, everyone, random, 40));
    }
    int applied = 0;
    for (Future<Integer> f : pool.invokeAll(workers, 120, TimeUnit.SECONDS)) {
      applied += f.get(); // a non-domain failure (deadlock, constraint) fails the test here
    }

    assertThat(applied).isPositive();
    assertThat(ownersOf(ws)).hasSize(1);
    assertThat(
            WorkspaceOwnerConstraintTest.count(
                "select count(*) from workspaces w where (select count(*) from workspace_members m"
                    + " where m.workspace_id = w.id and m.role = 'owner') <> 1"))
        .isZero();
  }

  /** Random changes by random people; returns how many were applied. */
  private int storm(WorkspaceId ws, User owner, List<User> everyone, Random random, int steps) {
    int applied = 0;
    for (int i = 0; i < steps; i++) {
      User actor = everyone.get(random.nextInt(everyone.size()));
      User target = everyone.get(random.nextInt(everyone.size()));
      Scope scope = new Scope(ws, actor.id());
      try {
        switch (random.nextInt(5)) {
          case 0 ->
              core.transferOwnership()
                  .transfer(new TransferOwnershipUseCase.Command(scope, target.id()));
          case 1 ->
              core.changeRole()
                  .changeRole(
                      new ChangeRoleUseCase.Command(
                          scope, target.id(), random.nextBoolean() ? Role.ADMIN : Role.VIEWER));
          case 2 -> core.removeMember().remove(new RemoveMemberUseCase.Command(scope, target.id()));
          case 3 ->
              // Whoever owns it now adds people back, so the workspace does not empty out.
              core.addMember()
                  .add(
                      new AddMemberUseCase.Command(
                          new Scope(ws, ownersOf(ws).get(0)), target.email(), Role.ADMIN));
          default ->
              core.transferOwnership()
                  .transfer(
                      new TransferOwnershipUseCase.Command(new Scope(ws, owner.id()), target.id()));
        }
        applied++;
      } catch (DomainException refused) {
        // expected: not allowed, not a member (any more), already a member…
      }
    }
    return applied;
  }

  private List<UserId> ownersOf(WorkspaceId ws) {
    return ((JdbiTransactions) storage.transactions())
        .withHandle(
            h ->
                h.createQuery(
                        "select user_id from workspace_members"
                            + " where workspace_id = :ws and role = 'owner'")
                    .bind("ws", ws.value())
                    .mapTo(java.util.UUID.class)
                    .map(UserId::new)
                    .list());
  }

  private String roleOf(WorkspaceId ws, UserId user) {
    return ((JdbiTransactions) storage.transactions())
        .withHandle(
            h ->
                h.createQuery(
                        "select role from workspace_members"
                            + " where workspace_id = :ws and user_id = :user")
                    .bind("ws", ws.value())
                    .bind("user", user.value())
                    .mapTo(String.class)
                    .one());
  }
}
