package org.expensetracker.application.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.identity.User;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Roster;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * In-memory {@link Workspaces} and {@link Memberships}, in the same orders as the database (members
 * by join time then id, workspaces newest first then by id). Locking is {@link
 * InMemoryTransactions}' single lock.
 */
public final class InMemoryWorkspaces implements Workspaces, Memberships {
  private static final Comparator<Member> JOIN_ORDER =
      Comparator.comparing(Member::joinedAt).thenComparing(Member::user);
  private static final Comparator<WorkspaceView> NEWEST_FIRST =
      Comparator.comparing(WorkspaceView::createdAt)
          .reversed()
          .thenComparing(v -> v.id().value().toString());

  private final Users users;
  private final Map<WorkspaceId, Workspace> byId = new LinkedHashMap<>();

  /** {@code users} supplies the names and addresses of members. */
  public InMemoryWorkspaces(Users users) {
    this.users = users;
  }

  @Override
  public synchronized void add(Workspace workspace) {
    if (byId.putIfAbsent(workspace.id(), workspace) != null) {
      throw new IllegalStateException("Workspace " + workspace.id() + " exists already");
    }
  }

  @Override
  public synchronized Optional<Workspace> lock(WorkspaceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized void save(Workspace workspace) {
    if (byId.replace(workspace.id(), workspace) == null) {
      throw new IllegalStateException("No workspace " + workspace.id() + " to save");
    }
  }

  @Override
  public synchronized boolean remove(WorkspaceId id) {
    return byId.remove(id) != null;
  }

  @Override
  public synchronized Optional<WorkspaceView> view(WorkspaceId id, UserId user) {
    return Optional.ofNullable(byId.get(id))
        .flatMap(w -> w.roleOf(user).map(role -> WorkspaceView.of(w, role)));
  }

  @Override
  public synchronized List<WorkspaceView> viewsOf(UserId user) {
    return byId.values().stream()
        .flatMap(w -> w.roleOf(user).map(role -> WorkspaceView.of(w, role)).stream())
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public synchronized List<MemberView> members(WorkspaceId id) {
    Workspace workspace = byId.get(id);
    if (workspace == null) {
      return List.of();
    }
    return workspace.members().stream().sorted(JOIN_ORDER).map(this::view).toList();
  }

  @Override
  public synchronized Optional<MemberView> member(WorkspaceId id, UserId user) {
    return Optional.ofNullable(byId.get(id))
        .flatMap(w -> w.members().stream().filter(m -> m.user().equals(user)).findFirst())
        .map(this::view);
  }

  @Override
  public synchronized Optional<Membership> find(WorkspaceId workspace, UserId user) {
    return Optional.ofNullable(byId.get(workspace)).flatMap(w -> w.membershipOf(user));
  }

  private MemberView view(Member member) {
    User user =
        users
            .byId(member.user())
            .orElseThrow(() -> new IllegalStateException("Member without a user account"));
    return new MemberView(
        user.id(), user.email(), user.fullName(), member.role(), member.joinedAt());
  }

  @Override
  public synchronized Optional<Roster> lockRoster(WorkspaceId workspace) {
    return Optional.ofNullable(byId.get(workspace))
        .map(
            w ->
                new Roster(
                    w.id(),
                    w.currency(),
                    w.members().stream()
                        .collect(Collectors.toUnmodifiableMap(Member::user, Member::role))));
  }

  /** The current members of a workspace (for the in-memory ledger). */
  public synchronized Set<UserId> usersOf(WorkspaceId workspace) {
    return lockRoster(workspace).map(r -> r.roles().keySet()).orElse(Set.of());
  }
}
