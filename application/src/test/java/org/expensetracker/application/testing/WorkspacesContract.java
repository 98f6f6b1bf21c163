package org.expensetracker.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.UUID;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceName;
import org.junit.jupiter.api.Test;

/** What every {@link Workspaces} (and {@link Memberships}) implementation must do. */
public abstract class WorkspacesContract {
  private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123Z");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");

  protected abstract Workspaces workspaces();

  protected abstract Memberships memberships();

  protected abstract Users users();

  protected abstract Transactions transactions();

  private UserId user() {
    User user = UsersContract.newUser(true);
    users().add(user);
    return user.id();
  }

  private Workspace stored(UserId owner, Instant createdAt) {
    Workspace w =
        Workspace.create(
            new WorkspaceId(UUID.randomUUID()), new WorkspaceName("Trip"), EUR, owner, createdAt);
    transactions().run(() -> workspaces().add(w));
    return w;
  }

  private Workspace lockAndSave(WorkspaceId id, java.util.function.UnaryOperator<Workspace> op) {
    return transactions()
        .inTransaction(
            () -> {
              Workspace changed = op.apply(workspaces().lock(id).orElseThrow());
              workspaces().save(changed);
              return changed;
            });
  }

  private Workspace load(WorkspaceId id) {
    return transactions().inTransaction(() -> workspaces().lock(id).orElseThrow());
  }

  @Test
  void anAddedWorkspaceLoadsWithEveryFieldAndMember() {
    UserId owner = user();
    UserId admin = user();
    Workspace w =
        Workspace.create(
                new WorkspaceId(UUID.randomUUID()), new WorkspaceName("Flat share"), JPY, owner, T0)
            .addMember(owner, admin, Role.ADMIN, T0.plusMillis(1));
    transactions().run(() -> workspaces().add(w));

    Workspace loaded = load(w.id());

    assertThat(loaded).isEqualTo(w);
    assertThat(loaded.name().value()).isEqualTo("Flat share");
    assertThat(loaded.currency()).isEqualTo(JPY);
    assertThat(loaded.createdAt()).isEqualTo(T0);
    assertThat(loaded.members())
        .containsExactly(
            new Member(owner, Role.OWNER, T0), new Member(admin, Role.ADMIN, T0.plusMillis(1)));
  }

  @Test
  void anUnknownWorkspaceIsNotThere() {
    WorkspaceId unknown = new WorkspaceId(UUID.randomUUID());

    assertThat(transactions().inTransaction(() -> workspaces().lock(unknown))).isEmpty();
    assertThat(workspaces().view(unknown, user())).isEmpty();
    assertThat(workspaces().members(unknown)).isEmpty();
    assertThat(workspaces().remove(unknown)).isFalse();
  }

  @Test
  void saveStoresNameCurrencyAndEveryKindOfMemberChange() {
    UserId owner = user();
    UserId admin = user();
    UserId member = user();
    UserId viewer = user();
    UserId newcomer = user();
    Workspace w = stored(owner, T0);
    lockAndSave(
        w.id(),
        x ->
            x.addMember(owner, admin, Role.ADMIN, T0)
                .addMember(owner, member, Role.MEMBER, T0)
                .addMember(owner, viewer, Role.VIEWER, T0));

    Workspace changed =
        lockAndSave(
            w.id(),
            x ->
                x.rename(owner, new WorkspaceName("Renamed"))
                    .changeCurrency(owner, JPY, () -> false)
                    .changeRole(owner, admin, Role.VIEWER)
                    .changeRole(owner, viewer, Role.ADMIN)
                    .removeMember(owner, member)
                    .addMember(owner, newcomer, Role.MEMBER, T0.plusSeconds(5)));

    assertThat(load(w.id())).isEqualTo(changed);
    assertThat(changed.members()).hasSize(4);
  }

  @Test
  void saveStoresATransferOfOwnership() {
    UserId owner = user();
    UserId heir = user();
    Workspace w = stored(owner, T0);
    lockAndSave(w.id(), x -> x.addMember(owner, heir, Role.VIEWER, T0));

    lockAndSave(w.id(), x -> x.transferOwnership(owner, heir));

    Workspace loaded = load(w.id());
    assertThat(loaded.owner().user()).isEqualTo(heir);
    assertThat(loaded.roleOf(owner)).contains(Role.ADMIN);
  }

  @Test
  void removeDeletesTheWorkspaceAndItsMemberships() {
    UserId owner = user();
    UserId other = user();
    Workspace w = stored(owner, T0);
    lockAndSave(w.id(), x -> x.addMember(owner, other, Role.MEMBER, T0));

    boolean removed = transactions().inTransaction(() -> workspaces().remove(w.id()));

    assertThat(removed).isTrue();
    assertThat(transactions().inTransaction(() -> workspaces().lock(w.id()))).isEmpty();
    assertThat(memberships().find(w.id(), owner)).isEmpty();
    assertThat(memberships().find(w.id(), other)).isEmpty();
    assertThat(workspaces().viewsOf(other)).isEmpty();
  }

  @Test
  void theLockedRosterNamesEveryCurrentMemberWithTheirRoleAndTheCurrency() {
    UserId owner = user();
    UserId viewer = user();
    UserId stranger = user();
    Workspace w = stored(owner, T0);
    lockAndSave(w.id(), x -> x.addMember(owner, viewer, Role.VIEWER, T0));

    Roster roster =
        transactions().inTransaction(() -> memberships().lockRoster(w.id())).orElseThrow();

    assertThat(roster.workspace()).isEqualTo(w.id());
    assertThat(roster.currency()).isEqualTo(EUR);
    assertThat(roster.roles()).isEqualTo(Map.of(owner, Role.OWNER, viewer, Role.VIEWER));
    assertThat(roster.membershipOf(viewer))
        .contains(new Membership(w.id(), viewer, Role.VIEWER, EUR))
        .isEqualTo(memberships().find(w.id(), viewer));
    assertThat(roster.membershipOf(stranger)).isEmpty();
  }

  @Test
  void aMissingWorkspaceHasNoRosterToLock() {
    WorkspaceId unknown = new WorkspaceId(UUID.randomUUID());

    assertThat(transactions().inTransaction(() -> memberships().lockRoster(unknown))).isEmpty();
  }

  @Test
  void aWorkspaceIsVisibleToItsMembersOnlyWithTheirRole() {
    UserId owner = user();
    UserId viewer = user();
    UserId stranger = user();
    Workspace w = stored(owner, T0);
    lockAndSave(w.id(), x -> x.addMember(owner, viewer, Role.VIEWER, T0));

    assertThat(workspaces().view(w.id(), owner)).contains(WorkspaceView.of(w, Role.OWNER));
    assertThat(workspaces().view(w.id(), viewer)).contains(WorkspaceView.of(w, Role.VIEWER));
    assertThat(workspaces().view(w.id(), stranger)).isEmpty();
  }

  @Test
  void aUsersWorkspacesAreListedNewestFirstWithTheirRoleAndNothingElse() {
    UserId me = user();
    UserId someoneElse = user();
    Workspace second = stored(me, T0.plusSeconds(10));
    Workspace first = stored(someoneElse, T0);
    lockAndSave(first.id(), x -> x.addMember(someoneElse, me, Role.MEMBER, T0));
    stored(someoneElse, T0.plusSeconds(5));

    assertThat(workspaces().viewsOf(me))
        .containsExactly(
            WorkspaceView.of(second, Role.OWNER), WorkspaceView.of(first, Role.MEMBER));
  }

  @Test
  void membersComeWithNameAndAddressInJoinOrderAndOnlyForTheirWorkspace() {
    UserId owner = user();
    UserId later = user();
    Workspace w = stored(owner, T0);
    Workspace other = stored(owner, T0);
    UserId elsewhere = user();
    lockAndSave(w.id(), x -> x.addMember(owner, later, Role.VIEWER, T0.plusSeconds(1)));
    lockAndSave(other.id(), x -> x.addMember(owner, elsewhere, Role.MEMBER, T0));

    User laterUser = users().byId(later).orElseThrow();
    assertThat(workspaces().members(w.id()))
        .extracting(MemberView::userId)
        .containsExactly(owner, later);
    assertThat(workspaces().member(w.id(), later))
        .contains(
            new MemberView(
                later, laterUser.email(), laterUser.fullName(), Role.VIEWER, T0.plusSeconds(1)));
    assertThat(workspaces().member(w.id(), elsewhere)).isEmpty();
  }

  @Test
  void aMembershipCarriesTheRoleAndTheWorkspaceCurrency() {
    UserId owner = user();
    UserId admin = user();
    Workspace w = stored(owner, T0);
    lockAndSave(w.id(), x -> x.addMember(owner, admin, Role.ADMIN, T0));

    assertThat(memberships().find(w.id(), admin))
        .contains(new Membership(w.id(), admin, Role.ADMIN, EUR));
    assertThat(memberships().find(w.id(), user())).isEmpty();
    assertThat(memberships().find(new WorkspaceId(UUID.randomUUID()), owner)).isEmpty();
  }
}
