package org.expensetracker.application.port.out;

import java.util.List;
import java.util.Optional;
import org.expensetracker.application.port.in.MemberView;
import org.expensetracker.application.port.in.WorkspaceView;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Workspace;
import org.expensetracker.domain.workspace.WorkspaceId;

/**
 * Outgoing port: the workspaces and their members. Changes go through the whole aggregate ({@link
 * #lock} then {@link #save}); the read methods answer the read-only use cases in one query each and
 * return the views those use cases hand out.
 */
public interface Workspaces {
  /** Stores a new workspace with its members. */
  void add(Workspace workspace);

  /**
   * The workspace with its members, locked until the transaction ends: concurrent changes of the
   * same workspace queue up behind each other and each sees the result of the one before.
   */
  Optional<Workspace> lock(WorkspaceId id);

  /** Stores the changes of a workspace loaded by {@link #lock} in this transaction. */
  void save(Workspace workspace);

  /** Deletes the workspace and everything that belongs to it; false when there was none. */
  boolean remove(WorkspaceId id);

  /** The workspace as {@code user} sees it; empty when it does not exist or they are no member. */
  Optional<WorkspaceView> view(WorkspaceId id, UserId user);

  /** Every workspace {@code user} is a member of, newest first (then by id). */
  List<WorkspaceView> viewsOf(UserId user);

  /** The members with their name and address, in the order they joined. */
  List<MemberView> members(WorkspaceId id);

  /** One member with their name and address; empty when not a member of this workspace. */
  Optional<MemberView> member(WorkspaceId id, UserId user);
}
