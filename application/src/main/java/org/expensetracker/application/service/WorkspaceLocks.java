package org.expensetracker.application.service;

import java.util.function.UnaryOperator;
import org.expensetracker.application.port.in.Scope;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.IdGenerator;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.Workspaces;
import org.expensetracker.domain.history.Audit;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.NotFound;
import org.expensetracker.domain.workspace.Action;
import org.expensetracker.domain.workspace.Membership;
import org.expensetracker.domain.workspace.Workspace;

/**
 * How every workspace change starts, inside the use case's transaction: the caller must be a member
 * (the same 404 as for a missing workspace), then the workspace is locked and loaded, changed by
 * the aggregate (which checks the caller's role against the fresh member list) and saved.
 */
final class WorkspaceLocks {
  private final Memberships memberships;
  private final Workspaces workspaces;
  private final AuditTrail audit;
  private final IdGenerator ids;
  private final Now now;

  WorkspaceLocks(
      Memberships memberships, Workspaces workspaces, AuditTrail audit, IdGenerator ids, Now now) {
    this.memberships = memberships;
    this.workspaces = workspaces;
    this.audit = audit;
    this.ids = ids;
    this.now = now;
  }

  /** The caller's membership, read without locking anything. */
  Membership member(Scope scope) {
    return memberships
        .find(scope.workspace(), scope.caller())
        .orElseThrow(() -> new NotFound("Workspace"));
  }

  /**
   * The workspace, locked, once the caller's role allows {@code action}. Membership and role are
   * checked first without a lock, so a stranger never waits on (and so never learns about) a
   * workspace someone else is changing, then again on the locked, fresh member list.
   */
  Workspace lock(Scope scope, Action action) {
    member(scope).require(action);
    Workspace workspace =
        workspaces.lock(scope.workspace()).orElseThrow(() -> new NotFound("Workspace"));
    workspace.require(scope.caller(), action);
    return workspace;
  }

  /**
   * Locks, applies {@code change} and saves the result if it differs. The aggregate checks the
   * caller's role for the change itself.
   */
  Workspace change(Scope scope, UnaryOperator<Workspace> change) {
    Workspace before = lock(scope, Action.VIEW_WORKSPACE);
    Workspace after = change.apply(before);
    save(scope, before, after);
    return after;
  }

  /**
   * Stores a changed workspace loaded by {@link #lock}, with one audit entry per entity the change
   * touched (the workspace, each member added, removed or given another role).
   */
  void save(Scope scope, Workspace before, Workspace after) {
    if (after.equals(before)) {
      return;
    }
    workspaces.save(after);
    for (Audit.Draft draft : Audit.workspaceChanged(scope.caller(), before, after, now.instant())) {
      audit.record(draft.withId(ids.newId()));
    }
  }

  /** Stores a new workspace with the entries for it and its owner. */
  void add(Workspace workspace) {
    workspaces.add(workspace);
    UserId owner = workspace.members().get(0).user();
    for (Audit.Draft draft : Audit.workspaceCreated(owner, workspace, workspace.createdAt())) {
      audit.record(draft.withId(ids.newId()));
    }
  }
}
