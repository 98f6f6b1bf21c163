package org.expensetracker.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.expensetracker.bootstrap.testing.ApiClient.json;

import org.expensetracker.adapters.persistence.testing.PostgresTest;
import org.expensetracker.bootstrap.testing.ApiClient;
import org.expensetracker.bootstrap.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;

/** With {@code OTP_ENABLED=false} an account is verified at once and no code is sent. */
@PostgresTest
class OtpDisabledEndToEndTest {

  @Test
  void registrationVerifiesAtOnceAndLoginWorksWithoutACode() {
    try (ApiClient api = ApiClient.start(ApiClient.testOptions().withOtpEnabled(false))) {
      Response registered =
          api.post(
              "/api/v1/auth/register",
              null,
              json("email", "open@example.com", "password", ApiClient.PASSWORD, "full_name", "O"));

      assertThat(registered.status()).isEqualTo(201);
      assertThat(registered.json().get("is_verified").asBoolean()).isTrue();
      assertThat(api.login("open@example.com", ApiClient.PASSWORD)).isNotBlank();
      assertThat(api.codes().sent()).isEmpty();
    }
  }
}
