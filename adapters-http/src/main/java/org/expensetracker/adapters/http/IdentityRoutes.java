package org.expensetracker.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.expensetracker.application.ExpenseTracker;
import org.expensetracker.application.port.in.ChangePasswordUseCase;
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.ResetPasswordUseCase;
import org.expensetracker.application.port.in.UserProfile;
import org.expensetracker.application.port.in.VerifyEmailUseCase;
import org.expensetracker.domain.identity.Email;
import org.expensetracker.domain.identity.FullName;

/**
 * Registration, verification, login, password reset ({@code /api/v1/auth/*}, public) and the
 * caller's own account ({@code /api/v1/users/me}, behind the bearer filter).
 */
final class IdentityRoutes {
  private static final Set<String> LOGIN_FORM_FIELDS =
      Set.of("username", "password", "grant_type", "scope", "client_id", "client_secret");
  private static final AcceptedResponse CODE_MAYBE_SENT =
      new AcceptedResponse("If the address can receive a code, one is on its way.");

  private final ExpenseTracker core;
  private final JsonBody body;
  private final Caller caller;
  private final PasswordRoutes passwords;

  IdentityRoutes(ExpenseTracker core, JsonBody body, Caller caller, PasswordRoutes passwords) {
    this.core = core;
    this.body = body;
    this.caller = caller;
    this.passwords = passwords;
  }

  /**
   * The four routes that wait for bcrypt do so off the request threads ({@link PasswordRoutes}).
   */
  void register(Javalin app) {
    app.post("/api/v1/auth/register", passwords.offload(this::registerUser));
    app.post("/api/v1/auth/verify-otp", this::verifyOtp);
    app.post("/api/v1/auth/resend-otp", this::resendOtp);
    app.post("/api/v1/auth/login", passwords.offload(this::login));
    app.post("/api/v1/auth/password-reset/request", this::requestReset);
    app.post("/api/v1/auth/password-reset/confirm", passwords.offload(this::confirmReset));
    app.get("/api/v1/users/me", this::me);
    app.patch("/api/v1/users/me", this::updateMe);
    app.post("/api/v1/users/me/password", passwords.offload(this::changePassword));
  }

  /** {@code POST /auth/register} body. */
  record RegisterRequest(String email, String password, String fullName) {}

  /** {@code POST /auth/verify-otp} body. */
  record VerifyRequest(String email, String code) {}

  /** {@code POST /auth/resend-otp} and {@code /auth/password-reset/request} body. */
  record EmailRequest(String email) {}

  /** {@code POST /auth/login} JSON body. */
  record LoginRequest(String email, String password) {}

  /** {@code POST /auth/password-reset/confirm} body. */
  record ResetRequest(String email, String code, String newPassword) {}

  /** {@code PATCH /users/me} body. */
  record UpdateMeRequest(String fullName) {}

  /** {@code POST /users/me/password} body. */
  record ChangePasswordRequest(String currentPassword, String newPassword) {}

  /** A user as clients see it. */
  record UserResponse(
      UUID id,
      String email,
      String fullName,
      @JsonProperty("is_verified") boolean isVerified,
      Instant createdAt) {
    static UserResponse of(UserProfile profile) {
      return new UserResponse(
          profile.id().value(),
          profile.email(),
          profile.fullName(),
          profile.verified(),
          profile.createdAt());
    }
  }

  /** The OAuth2 password-flow token response. */
  record TokenResponse(String accessToken, String tokenType, long expiresIn) {}

  /** The body of a 202: the same whatever happened behind it. */
  record AcceptedResponse(String detail) {}

  private void registerUser(Context ctx) {
    RegisterRequest request = body.read(ctx, RegisterRequest.class);
    UserProfile profile =
        core.register()
            .register(
                RegisterUseCase.Command.parse(
                    request.email(), request.password(), request.fullName(), clientOf(ctx)));
    ctx.status(HttpStatus.CREATED).json(UserResponse.of(profile));
  }

  private void verifyOtp(Context ctx) {
    VerifyRequest request = body.read(ctx, VerifyRequest.class);
    UserProfile profile =
        core.verifyEmail()
            .verify(
                VerifyEmailUseCase.Command.parse(request.email(), request.code(), clientOf(ctx)));
    ctx.json(UserResponse.of(profile));
  }

  private void resendOtp(Context ctx) {
    EmailRequest request = body.read(ctx, EmailRequest.class);
    core.resendCode().resend(Email.of(request.email(), "email"), clientOf(ctx));
    ctx.status(HttpStatus.ACCEPTED).json(CODE_MAYBE_SENT);
  }

  private void login(Context ctx) {
    LoginUseCase.Command command;
    if (FormBody.isForm(ctx)) {
      Map<String, String> form = FormBody.read(ctx, body, LOGIN_FORM_FIELDS);
      String grantType = form.get("grant_type");
      if (grantType != null && !grantType.equals("password")) {
        throw new ApiError(
            HttpStatus.BAD_REQUEST, "unsupported-grant-type", "Only grant_type=password is served");
      }
      command =
          LoginUseCase.Command.parse(
              form.get("username"), form.get("password"), clientOf(ctx), "username");
    } else {
      LoginRequest request = body.read(ctx, LoginRequest.class);
      command =
          LoginUseCase.Command.parse(request.email(), request.password(), clientOf(ctx), "email");
    }
    LoginUseCase.Session session = core.login().login(command);
    ctx.json(new TokenResponse(session.accessToken(), "bearer", session.expiresIn().toSeconds()));
  }

  private void requestReset(Context ctx) {
    EmailRequest request = body.read(ctx, EmailRequest.class);
    core.requestPasswordReset().requestReset(Email.of(request.email(), "email"), clientOf(ctx));
    ctx.status(HttpStatus.ACCEPTED).json(CODE_MAYBE_SENT);
  }

  private void confirmReset(Context ctx) {
    ResetRequest request = body.read(ctx, ResetRequest.class);
    core.resetPassword()
        .resetPassword(
            ResetPasswordUseCase.Command.parse(
                request.email(), request.code(), request.newPassword(), clientOf(ctx)));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  private void me(Context ctx) {
    ctx.json(UserResponse.of(core.currentUser().me(caller.of(ctx))));
  }

  private void updateMe(Context ctx) {
    UpdateMeRequest request = body.read(ctx, UpdateMeRequest.class);
    UserProfile profile =
        core.updateProfile().rename(caller.of(ctx), new FullName(request.fullName()));
    ctx.json(UserResponse.of(profile));
  }

  private void changePassword(Context ctx) {
    ChangePasswordRequest request = body.read(ctx, ChangePasswordRequest.class);
    core.changePassword()
        .changePassword(
            ChangePasswordUseCase.Command.parse(
                caller.of(ctx), request.currentPassword(), request.newPassword()));
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** The peer address only: forwarded-for headers are trivially forged. */
  static String clientOf(Context ctx) {
    return ClientAddresses.of(ctx);
  }
}
