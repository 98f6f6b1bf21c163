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
import org.expensetracker.application.port.in.LoginUseCase;
import org.expensetracker.application.port.in.RegisterUseCase;
import org.expensetracker.application.port.in.UserProfile;

/** Registration, login and the caller's own account under {@code /api/v1}. */
final class IdentityRoutes {
  private static final Set<String> LOGIN_FORM_FIELDS =
      Set.of("username", "password", "grant_type", "scope", "client_id", "client_secret");

  private final ExpenseTracker core;
  private final JsonBody body;
  private final Caller caller;

  IdentityRoutes(ExpenseTracker core, JsonBody body, Caller caller) {
    this.core = core;
    this.body = body;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.post("/api/v1/auth/register", this::registerUser);
    app.post("/api/v1/auth/login", this::login);
    app.get("/api/v1/users/me", this::me);
  }

  /** {@code POST /auth/register} body. */
  record RegisterRequest(String email, String password, String fullName) {}

  /** {@code POST /auth/login} JSON body. */
  record LoginRequest(String email, String password) {}

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

  private void registerUser(Context ctx) {
    RegisterRequest request = body.read(ctx, RegisterRequest.class);
    UserProfile profile =
        core.register()
            .register(
                RegisterUseCase.Command.parse(
                    request.email(), request.password(), request.fullName(), clientOf(ctx)));
    ctx.status(HttpStatus.CREATED).json(UserResponse.of(profile));
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

  private void me(Context ctx) {
    ctx.json(UserResponse.of(core.currentUser().me(caller.of(ctx))));
  }

  /** The peer address only: forwarded-for headers are trivially forged. */
  static String clientOf(Context ctx) {
    return ctx.req().getRemoteAddr();
  }
}
