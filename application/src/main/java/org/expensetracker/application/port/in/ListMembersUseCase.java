package org.expensetracker.application.port.in;

import java.util.List;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.workspace.Member;
import org.expensetracker.domain.workspace.WorkspaceId;

/** Incoming port: the members of a workspace the caller belongs to. */
public interface ListMembersUseCase {
  List<Member> members(UserId caller, WorkspaceId workspace);
}
