package org.expensetracker.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeferredWriteTest {
  @Test
  void parametersAreRenamedForTheirPlaceWhileCastsAndTheTextAroundThemStay() {
    DeferredWrite write =
        new DeferredWrite(
            "insert into t (a, b, c) select :a::uuid, :b, x from u where u.a = :a and y = 1");
    StringBuilder combined = new StringBuilder();

    write.appendTo(combined, 0);
    combined.append(";\n");
    write.appendTo(combined, 7);

    assertThat(combined.toString())
        .isEqualTo(
            "insert into t (a, b, c) select :a_0::uuid, :b_0, x from u where u.a = :a_0 and y = 1;\n"
                + "insert into t (a, b, c) select :a_7::uuid, :b_7, x from u where u.a = :a_7 and y = 1");
  }

  @Test
  void aStatementWithoutParametersIsCopiedAsItIs() {
    StringBuilder combined = new StringBuilder("begin; ");
    new DeferredWrite("delete from t").appendTo(combined, 3);
    assertThat(combined.toString()).isEqualTo("begin; delete from t");
  }
}
