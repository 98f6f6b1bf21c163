package org.expensetracker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.Role;
import org.expensetracker.domain.workspace.WorkspaceId;
import org.expensetracker.domain.workspace.WorkspaceProfile;

/** Outgoing port: workspaces and their members. Every call is scoped by workspace id. */
public interface Workspaces {
  /** Stores a new workspace with its owner as the only member. */
  void create(WorkspaceProfile workspace, UserId owner);

  Optional<WorkspaceProfile> byId(WorkspaceId id);

  /** The workspaces the user belongs to, with the user's role in each, newest first. */
  List<Entry> of(UserId user);

  /** Adds a member; false when the user already is one (nothing changes then). */
  boolean addMember(WorkspaceId workspace, UserId user, Role role, Instant joinedAt);

  /** Members ordered by join time, then user id. */
  List<Member> members(WorkspaceId workspace);

  /** A workspace and the listing user's role in it. */
  record Entry(WorkspaceProfile workspace, Role role) {}
}
