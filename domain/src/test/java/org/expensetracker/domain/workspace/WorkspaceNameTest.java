package org.expensetracker.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.domain.testing.Errors.messageOf;

import org.junit.jupiter.api.Test;

class WorkspaceNameTest {

  @Test
  void isTrimmed() {
    assertThat(new WorkspaceName("  Trip to Lisbon \t").value()).isEqualTo("Trip to Lisbon");
  }

  @Test
  void oneToAHundredCharactersCountingCodePoints() {
    assertThat(new WorkspaceName("x").value()).hasSize(1);
    String hundredEmoji = "😀".repeat(100);
    assertThat(new WorkspaceName(hundredEmoji).value()).isEqualTo(hundredEmoji);
    assertThat(messageOf(() -> new WorkspaceName("😀".repeat(101)), "name"))
        .contains("at most 100");
  }

  @Test
  void blankMissingHugeOrControlCharactersAreRefusedUnderName() {
    assertThat(messageOf(() -> new WorkspaceName("   "), "name")).contains("blank");
    assertThat(messageOf(() -> new WorkspaceName(null), "name")).contains("required");
    assertThat(messageOf(() -> new WorkspaceName("x".repeat(1_000_000)), "name"))
        .contains("at most");
    assertThat(messageOf(() -> new WorkspaceName("a\u0007b"), "name")).contains("control");
  }
}
