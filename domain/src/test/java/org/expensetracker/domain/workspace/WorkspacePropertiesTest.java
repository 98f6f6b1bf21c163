package org.expensetracker.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.expensetracker.domain.identity.UserId;
import org.expensetracker.domain.shared.DomainException;
import org.expensetracker.domain.testing.Users;

class WorkspacePropertiesTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  /** One attempted change: who tries what on whom. */
  record Step(int kind, int actor, int target, Role role) {}

  @Property(tries = 300)
  void anySequenceOfChangesKeepsExactlyOneOwnerAndEachUserOnce(@ForAll("steps") List<Step> steps) {
    Workspace w =
        Workspace.create(
            new WorkspaceId(UUID.randomUUID()),
            new WorkspaceName("W"),
            Workspace.DEFAULT_CURRENCY,
            Users.user(0),
            T0);
    for (Step step : steps) {
      UserId actor = Users.user(step.actor());
      UserId target = Users.user(step.target());
      try {
        w =
            switch (step.kind()) {
              case 0 -> w.addMember(actor, target, step.role(), T0);
              case 1 -> w.changeRole(actor, target, step.role());
              case 2 -> w.removeMember(actor, target);
              default -> w.transferOwnership(actor, target);
            };
      } catch (DomainException refused) {
        // Refusals are expected; only what is accepted must keep the invariants.
      }
      assertThat(w.members()).filteredOn(m -> m.role() == Role.OWNER).hasSize(1);
      assertThat(w.members()).extracting(Member::user).doesNotHaveDuplicates();
    }
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 5),
                Arbitraries.of(Role.class))
            .as(Step::new);
    return step.list().ofMaxSize(40);
  }
}
