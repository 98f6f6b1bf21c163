package org.expensetracker.adapters.http;

import static org.expensetracker.adapters.http.Schemas.email;
import static org.expensetracker.adapters.http.Schemas.object;
import static org.expensetracker.adapters.http.Schemas.ref;
import static org.expensetracker.adapters.http.Schemas.string;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.expensetracker.domain.identity.FullName;
import org.expensetracker.domain.identity.Password;

/** OpenAPI description of {@link IdentityRoutes}. */
final class IdentityDocs {
  private static final String AUTH = "Authentication";
  private static final String ME = "Account";

  private IdentityDocs() {}

  static void describe(OpenApi api) {
    api.tag(AUTH, "Registration, email verification, login, password reset (public)");
    api.tag(ME, "The caller's own account");
    ObjectNode password = string(Password.MIN_LENGTH, Password.MAX_LENGTH);
    ObjectNode code = string().put("pattern", "^[0-9]{6}$").put("example", "123456");
    ObjectNode fullName = string(1, FullName.MAX_LENGTH);
    api.schema(
        "User",
        object()
            .required("id", Schemas.uuid())
            .required("email", email())
            .required("full_name", fullName)
            .required("is_verified", Schemas.bool())
            .required("created_at", Schemas.dateTime())
            .build());
    api.schema(
        "Token",
        object()
            .required("access_token", string())
            .required("token_type", Schemas.enumOf("bearer"))
            .required(
                "expires_in", Schemas.described(Schemas.integer(1, Long.MAX_VALUE), "Seconds"))
            .build());
    api.schema("Accepted", object().required("detail", string()).build());

    api.post("/api/v1/auth/register", "register")
        .summary(
            AUTH,
            "Register",
            "A code to verify the address goes out by mail (or to the server log).")
        .body(
            object()
                .required("email", email())
                .required("password", password)
                .required("full_name", fullName)
                .closed())
        .answers(201, "Registered, not yet verified", ref("User"))
        .problems(409, 429);
    api.post("/api/v1/auth/verify-otp", "verifyOtp")
        .summary(AUTH, "Verify the email address with the emailed code", null)
        .body(object().required("email", email()).required("code", code).closed())
        .answers(200, "Verified", ref("User"))
        .problems(429);
    api.post("/api/v1/auth/resend-otp", "resendOtp")
        .summary(AUTH, "Send a new verification code", "The same 202 whatever the address.")
        .body(emailBody())
        .answers(202, "A code is on its way if the address can receive one", ref("Accepted"))
        .problems(429);
    api.post(OpenApi.LOGIN_PATH, "login")
        .summary(
            AUTH,
            "Log in",
            "JSON with email and password, or the OAuth2 password-flow form (username is the email)"
                + " that Swagger UI's Authorize sends.")
        .body(
            Map.of(
                "application/json",
                object().required("email", email()).required("password", string(1, 512)).closed(),
                FormBody.MEDIA_TYPE,
                object()
                    .optional("grant_type", Schemas.enumOf("password"))
                    .required("username", email())
                    .required("password", string(1, 512))
                    .optional("scope", string())
                    .optional("client_id", string())
                    .optional("client_secret", string())
                    .closed()))
        .answers(200, "A bearer token", ref("Token"))
        .problems(401, 403, 429);
    api.post("/api/v1/auth/password-reset/request", "requestPasswordReset")
        .summary(AUTH, "Ask for a password reset code", "The same 202 whatever the address.")
        .body(emailBody())
        .answers(202, "A code is on its way if the address can receive one", ref("Accepted"))
        .problems(429);
    api.post("/api/v1/auth/password-reset/confirm", "confirmPasswordReset")
        .summary(
            AUTH,
            "Set a new password with the reset code",
            "Every token issued before stops working.")
        .body(
            object()
                .required("email", email())
                .required("code", code)
                .required("new_password", password)
                .closed())
        .answers(204, "Password changed")
        .problems(429);
    api.get("/api/v1/users/me", "me")
        .summary(ME, "Who am I", null)
        .answers(200, "The caller", ref("User"));
    api.patch("/api/v1/users/me", "updateMe")
        .summary(ME, "Change my name", null)
        .body(object().required("full_name", fullName).closed())
        .answers(200, "The caller after the change", ref("User"));
    api.post("/api/v1/users/me/password", "changePassword")
        .summary(ME, "Change my password", "Every token issued before stops working.")
        .body(
            object()
                .required("current_password", string(1, 512))
                .required("new_password", password)
                .closed())
        .answers(204, "Password changed")
        .problems(429);
  }

  private static ObjectNode emailBody() {
    return object().required("email", email()).closed();
  }
}
