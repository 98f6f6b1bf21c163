package org.expensetracker.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.expensetracker.domain.testing.Users.alice;
import static org.expensetracker.domain.testing.Users.bob;
import static org.expensetracker.domain.testing.Users.carol;
import static org.expensetracker.domain.testing.Users.dave;
import static org.expensetracker.domain.testing.Users.erin;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.Conflict;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.shared.Forbidden;
import org.expensetracker.domain.shared.InvalidInput;
import org.expensetracker.domain.shared.NotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceTest {
  static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123456Z");
  static final Instant T1 = Instant.parse("2025-03-01T10:01:00.500Z");
  static final Currency EUR = Currency.getInstance("EUR");
  static final UserId STRANGER =
      new UserId(UUID.fromString("5a5a5a5a-0000-4000-8000-000000000000"));

  /** alice owner, bob admin, carol member, dave viewer. */
  static Workspace team() {
    return Workspace.create(
            new WorkspaceId(UUID.randomUUID()),
            new WorkspaceName("Flat"),
            Workspace.DEFAULT_CURRENCY,
            alice(),
            T0)
        .addMember(alice(), bob(), Role.ADMIN, T1)
        .addMember(alice(), carol(), Role.MEMBER, T1)
        .addMember(alice(), dave(), Role.VIEWER, T1);
  }

  static UserId user(String name) {
    return switch (name) {
      case "alice" -> alice();
      case "bob" -> bob();
      case "carol" -> carol();
      case "dave" -> dave();
      case "erin" -> erin();
      default -> STRANGER;
    };
  }

  @Test
  void theCreatorIsTheOwnerAndOnlyMember() {
    Workspace w =
        Workspace.create(
            new WorkspaceId(UUID.randomUUID()), new WorkspaceName("Trip"), EUR, alice(), T0);

    assertThat(w.members()).containsExactly(new Member(alice(), Role.OWNER, T0));
    assertThat(w.owner().user()).isEqualTo(alice());
    assertThat(w.currency()).isEqualTo(EUR);
    assertThat(w.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
    assertThat(w.membershipOf(alice())).contains(new Membership(w.id(), alice(), Role.OWNER, EUR));
    assertThat(w.membershipOf(bob())).isEmpty();
  }

  @Test
  void restoringRefusesNoOwnerTwoOwnersAndADuplicateMember() {
    WorkspaceId id = new WorkspaceId(UUID.randomUUID());
    WorkspaceName name = new WorkspaceName("W");
    Currency usd = Workspace.DEFAULT_CURRENCY;
    Member owner = new Member(alice(), Role.OWNER, T0);

    assertThatThrownBy(
            () -> Workspace.restore(id, name, usd, T0, List.of(new Member(bob(), Role.ADMIN, T0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one owner");
    assertThatThrownBy(
            () ->
                Workspace.restore(
                    id, name, usd, T0, List.of(owner, new Member(bob(), Role.OWNER, T0))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                Workspace.restore(
                    id, name, usd, T0, List.of(owner, new Member(alice(), Role.VIEWER, T0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThat(Workspace.restore(id, name, usd, T0, List.of(owner)).members())
        .containsExactly(owner);
  }

  @Test
  void changesReturnANewValueAndLeaveTheOriginalAlone() {
    Workspace w = team();

    Workspace renamed = w.rename(bob(), new WorkspaceName("Flat 2"));

    assertThat(renamed.name().value()).isEqualTo("Flat 2");
    assertThat(w.name().value()).isEqualTo("Flat");
    assertThat(renamed).isNotEqualTo(w);
    assertThat(renamed.rename(bob(), new WorkspaceName("Flat"))).isEqualTo(w);
  }

  @Test
  void aNonMemberActorGetsWorkspaceNotFoundForEveryChange() {
    Workspace w = team();

    for (Runnable attempt :
        List.<Runnable>of(
            () -> w.rename(STRANGER, new WorkspaceName("x")),
            () -> w.changeCurrency(STRANGER, EUR, () -> false),
            () -> w.addMember(STRANGER, erin(), Role.VIEWER, T1),
            () -> w.changeRole(STRANGER, carol(), Role.VIEWER),
            () -> w.removeMember(STRANGER, carol()),
            () -> w.removeMember(STRANGER, STRANGER),
            () -> w.transferOwnership(STRANGER, carol()),
            () -> w.require(STRANGER, Action.VIEW_WORKSPACE))) {
      assertThatThrownBy(attempt::run)
          .isInstanceOf(NotFound.class)
          .hasMessage("Workspace not found");
    }
  }

  @Test
  void renamingTakesAnAdmin() {
    assertThat(team().rename(alice(), new WorkspaceName("A")).name().value()).isEqualTo("A");
    assertThatThrownBy(() -> team().rename(carol(), new WorkspaceName("A")))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> team().rename(dave(), new WorkspaceName("A")))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void theCurrencyChangesOnlyWhileThereAreNoExpenses() {
    Workspace w = team();

    assertThat(w.changeCurrency(bob(), EUR, () -> false).currency()).isEqualTo(EUR);
    assertThatThrownBy(() -> w.changeCurrency(bob(), EUR, () -> true))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("currency-fixed"));
    assertThatThrownBy(() -> w.changeCurrency(carol(), EUR, () -> false))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void settingTheSameCurrencyDoesNotEvenAskAboutExpenses() {
    Workspace w = team();

    Workspace same =
        w.changeCurrency(
            bob(),
            Workspace.DEFAULT_CURRENCY,
            () -> {
              throw new AssertionError("asked about expenses");
            });

    assertThat(same).isSameAs(w);
  }

  @Test
  void adminsAddMembersWithAnyRoleButOwner() {
    Workspace w = team().addMember(bob(), erin(), Role.ADMIN, T1);

    assertThat(w.roleOf(erin())).contains(Role.ADMIN);
    assertThat(w.members()).last().isEqualTo(new Member(erin(), Role.ADMIN, T1));
    assertThatThrownBy(() -> team().addMember(bob(), erin(), Role.OWNER, T1))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("role"));
  }

  @Test
  void membersAndViewersCannotAddMembers() {
    assertThatThrownBy(() -> team().addMember(carol(), erin(), Role.VIEWER, T1))
        .isInstanceOf(Forbidden.class);
    assertThatThrownBy(() -> team().addMember(dave(), erin(), Role.VIEWER, T1))
        .isInstanceOf(Forbidden.class);
  }

  @Test
  void aUserIsAMemberAtMostOnce() {
    assertThatThrownBy(() -> team().addMember(alice(), carol(), Role.ADMIN, T1))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("already-member"));
    assertThatThrownBy(() -> team().addMember(alice(), alice(), Role.ADMIN, T1))
        .isInstanceOf(Conflict.class);
  }

  /**
   * Who may give whom which role: actor, target, new role, outcome (ok, 403, 409, 404 or 400).
   * alice is the owner, bob an admin, carol a member, dave a viewer, erin a second admin.
   */
  @ParameterizedTest(name = "{0} sets {1} to {2}: {3}")
  @CsvSource({
    "alice, bob,   member, ok",
    "alice, erin,  viewer, ok",
    "alice, carol, admin,  ok",
    "alice, alice, admin,  409",
    "alice, stranger, member, 404",
    "bob,   carol, admin,  ok",
    "bob,   dave,  member, ok",
    "bob,   bob,   viewer, ok",
    "bob,   erin,  member, 403",
    "bob,   alice, admin,  403",
    "bob,   carol, owner,  400",
    "bob,   stranger, member, 404",
    "carol, dave,  member, 403",
    "carol, carol, viewer, 403",
    "dave,  carol, viewer, 403",
    "dave,  dave,  member, 403",
  })
  void changingRoles(String actor, String target, String role, String outcome) {
    Workspace w = team().addMember(alice(), erin(), Role.ADMIN, T1);
    Role newRole = Role.fromWireName(role).orElseThrow();

    expect(outcome, () -> w.changeRole(user(actor), user(target), newRole));
    if (outcome.equals("ok")) {
      assertThat(w.changeRole(user(actor), user(target), newRole).roleOf(user(target)))
          .contains(newRole);
    }
  }

  /** Who may remove whom; the same cast as {@link #changingRoles}. */
  @ParameterizedTest(name = "{0} removes {1}: {2}")
  @CsvSource({
    "alice, bob,   ok",
    "alice, carol, ok",
    "alice, dave,  ok",
    "alice, alice, 409",
    "alice, stranger, 404",
    "bob,   carol, ok",
    "bob,   dave,  ok",
    "bob,   bob,   ok",
    "bob,   erin,  403",
    "bob,   alice, 403",
    "carol, dave,  403",
    "carol, carol, ok",
    "dave,  carol, 403",
    "dave,  dave,  ok",
  })
  void removingMembers(String actor, String target, String outcome) {
    Workspace w = team().addMember(alice(), erin(), Role.ADMIN, T1);

    expect(outcome, () -> w.removeMember(user(actor), user(target)));
    if (outcome.equals("ok")) {
      Workspace after = w.removeMember(user(actor), user(target));
      assertThat(after.roleOf(user(target))).isEmpty();
      assertThat(after.members()).hasSize(w.members().size() - 1);
    }
  }

  @Test
  void theOwnerHandsOwnershipOnAndBecomesAnAdmin() {
    Workspace w = team().transferOwnership(alice(), carol());

    assertThat(w.owner().user()).isEqualTo(carol());
    assertThat(w.roleOf(alice())).contains(Role.ADMIN);
    assertThat(w.members())
        .extracting(Member::joinedAt)
        .containsExactly(T0.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), T1, T1, T1);
  }

  @Test
  void onlyTheOwnerTransfersAndOnlyToAnotherMember() {
    expect("403", () -> team().transferOwnership(bob(), carol()));
    expect("403", () -> team().transferOwnership(carol(), carol()));
    expect("404", () -> team().transferOwnership(alice(), STRANGER));
    assertThatThrownBy(() -> team().transferOwnership(alice(), alice()))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("already-owner"));
  }

  @Test
  void theOwnerCanNeitherLeaveNorBeDemotedWithoutATransfer() {
    assertThatThrownBy(() -> team().removeMember(alice(), alice()))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("owner-cannot-leave"));
    assertThatThrownBy(() -> team().changeRole(alice(), alice(), Role.ADMIN))
        .isInstanceOfSatisfying(
            Conflict.class, e -> assertThat(e.code()).isEqualTo("owner-must-transfer"));

    Workspace handedOn = team().transferOwnership(alice(), bob());
    assertThat(handedOn.removeMember(alice(), alice()).roleOf(alice())).isEmpty();
  }

  @Test
  void deletingTheWorkspaceTakesTheOwner() {
    Workspace w = team();

    w.require(alice(), Action.DELETE_WORKSPACE);
    expect("403", () -> w.require(bob(), Action.DELETE_WORKSPACE));
    expect("403", () -> w.require(carol(), Action.DELETE_WORKSPACE));
    expect("403", () -> w.require(dave(), Action.DELETE_WORKSPACE));
  }

  static void expect(String outcome, Runnable attempt) {
    if (outcome.equals("ok")) {
      attempt.run();
      return;
    }
    Class<? extends DomainException> type =
        switch (outcome) {
          case "400" -> InvalidInput.class;
          case "403" -> Forbidden.class;
          case "404" -> NotFound.class;
          case "409" -> Conflict.class;
          default -> throw new IllegalArgumentException(outcome);
        };
    assertThatThrownBy(attempt::run).isInstanceOf(type);
  }
}
