package org.expensetracker.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.expensetracker.application.port.out.AuditTrail;
import org.expensetracker.application.port.out.ExchangeRates;
import org.expensetracker.application.port.out.Expenses;
import org.expensetracker.application.port.out.HealthCheck;
import org.expensetracker.application.port.out.IdempotencyKeys;
import org.expensetracker.application.port.out.Ledger;
import org.expensetracker.application.port.out.Memberships;
import org.expensetracker.application.port.out.OtpStore;
import org.expensetracker.application.port.out.RateLimits;
import org.expensetracker.application.port.out.Settlements;
import org.expensetracker.application.port.out.Transactions;
import org.expensetracker.application.port.out.Users;
import org.expensetracker.application.port.out.WorkspaceExpenses;
import org.expensetracker.application.port.out.Workspaces;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The persistence adapter's entry point: a pooled connection to PostgreSQL, the schema migrated by
 * Flyway, and every outgoing port implemented on Jdbi.
 */
public final class PostgresStorage implements AutoCloseable {
  // About 100 bytes each: the users seen recently, far more than one instance serves at once.
  private static final int TOKEN_CACHE_ENTRIES = 100_000;
  private static final Duration TOKEN_CACHE_HEARTBEAT = Duration.ofSeconds(1);
  private static final Duration TOKEN_CACHE_MAX_AGE = Duration.ofSeconds(30);
  private final HikariDataSource dataSource;
  private final QueuedConnections queue;
  private final Jdbi jdbi;
  private final JdbiTransactions transactions;
  private final TokenValidityCache tokenValidities;
  private final TokenChangeListener tokenListener;
  private final JdbiUsers users;
  private final JdbiExpenses expenses;
  private final JdbiIdempotencyKeys idempotencyKeys;
  private final JdbiMemberships memberships;
  private final JdbiOtpStore otpStore;
  private final JdbiRateLimits rateLimits;
  private final JdbiWorkspaces workspaces;
  private final JdbiWorkspaceExpenses workspaceExpenses;
  private final JdbiLedger ledger;
  private final JdbiSettlements settlements;
  private final JdbiAuditTrail auditTrail;
  private final JdbiExchangeRates exchangeRates;

  private PostgresStorage(HikariDataSource dataSource, DatabaseSettings settings) {
    this.dataSource = dataSource;
    this.queue =
        new QueuedConnections(
            timed(dataSource),
            dataSource.getMaximumPoolSize(),
            Duration.ofMillis(dataSource.getConnectionTimeout()));
    this.jdbi =
        Jdbi.create(queue).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
    // Jdbi's default message lists every bound argument (password hashes, code digests), and the
    // HTTP adapter logs the exception behind a 500 or 503: keep the statement, drop the arguments.
    jdbi.getConfig(StatementExceptions.class)
        .setMessageRendering(StorageErrors::messageWithoutArguments);
    this.transactions = new JdbiTransactions(jdbi);
    this.tokenValidities = new TokenValidityCache(TOKEN_CACHE_ENTRIES, TOKEN_CACHE_MAX_AGE);
    this.tokenListener =
        new TokenChangeListener(
            () -> listenerConnection(settings), tokenValidities, TOKEN_CACHE_HEARTBEAT);
    this.users = new JdbiUsers(transactions, tokenValidities);
    this.expenses = new JdbiExpenses(transactions);
    this.idempotencyKeys = new JdbiIdempotencyKeys(transactions);
    this.memberships = new JdbiMemberships(transactions);
    this.otpStore = new JdbiOtpStore(transactions);
    this.rateLimits = new JdbiRateLimits(transactions);
    this.workspaces = new JdbiWorkspaces(transactions);
    this.workspaceExpenses = new JdbiWorkspaceExpenses(transactions);
    this.ledger = new JdbiLedger(transactions);
    this.settlements = new JdbiSettlements(transactions);
    this.auditTrail = new JdbiAuditTrail(transactions);
    this.exchangeRates = new JdbiExchangeRates(transactions);
  }

  /** Connects, migrates the schema to the latest version, and returns the ready adapter. */
  public static PostgresStorage start(DatabaseSettings settings) {
    migrate(settings);
    HikariDataSource dataSource = new HikariDataSource(hikariConfig(settings));
    try {
      PostgresStorage storage = new PostgresStorage(dataSource, settings);
      storage.tokenListener.start();
      return storage;
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * Applies pending Flyway migrations (also used by {@code --migrate-only}). Flyway opens its own
   * connections (it needs two at once), so the pool's size does not matter here.
   */
  public static void migrate(DatabaseSettings settings) {
    Flyway.configure()
        .dataSource(settings.jdbcUrl(), settings.username(), settings.password())
        .connectRetries(0)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  static HikariConfig hikariConfig(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("expense-tracker");
    config.setJdbcUrl(settings.jdbcUrlWithoutOptions());
    config.setUsername(settings.username());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(settings.poolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.setValidationTimeout(Math.min(1000, settings.connectionTimeout().toMillis()));
    // pgjdbc waits forever by default; bound every socket read and every statement.
    long statementSeconds = Math.max(1, settings.statementTimeout().toSeconds());
    config.addDataSourceProperty("connectTimeout", "5");
    config.addDataSourceProperty("loginTimeout", "5");
    config.addDataSourceProperty("socketTimeout", String.valueOf(statementSeconds + 15));
    config.addDataSourceProperty("tcpKeepAlive", "true");
    // The server's DETAIL of an error quotes row values ("Failing row contains (…)"): keep it
    // out of exception messages, which end up in the log.
    config.addDataSourceProperty("logServerErrorDetail", "false");
    // No TimeZone here: pgjdbc sends the JVM's zone as its own startup parameter, which wins over
    // options, and its conversions rely on the two agreeing. Nothing in the adapter reads the
    // session's zone: days are `date`, instants `timestamptz` read as OffsetDateTime.
    config.addDataSourceProperty(
        "options",
        settings.optionsBefore("-c statement_timeout=" + settings.statementTimeout().toMillis()));
    config.addDataSourceProperty("ApplicationName", "expense-tracker");
    return config;
  }

  /**
   * HikariCP's pool itself: its {@code DataSource} always waits the whole connection timeout, the
   * pool takes a timeout per call, so the queue in front can hand on only what is left of it.
   */
  private static QueuedConnections.Pool timed(HikariDataSource dataSource) {
    HikariPool pool = (HikariPool) dataSource.getHikariPoolMXBean();
    return timeoutMillis -> {
      if (dataSource.isClosed()) {
        throw new SQLException("The connection pool is closed");
      }
      return pool.getConnection(timeoutMillis);
    };
  }

  /** The token listener's own connection: LISTEN needs one session for as long as it runs. */
  private static Connection listenerConnection(DatabaseSettings settings) throws SQLException {
    Properties properties = new Properties();
    if (settings.username() != null) {
      properties.setProperty("user", settings.username());
    }
    if (settings.password() != null) {
      properties.setProperty("password", settings.password());
    }
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("socketTimeout", "30");
    properties.setProperty("tcpKeepAlive", "true");
    properties.setProperty("logServerErrorDetail", "false");
    properties.setProperty("ApplicationName", "expense-tracker-token-listener");
    return DriverManager.getConnection(settings.jdbcUrl(), properties);
  }

  /** Whether bearer checks are served from memory now (the listener hears every change). */
  public boolean tokenCacheOn() {
    return tokenValidities.isOn();
  }

  /** How many users' token validity is in memory now. */
  public int tokenCacheSize() {
    return tokenValidities.size();
  }

  public Transactions transactions() {
    return transactions;
  }

  public Users users() {
    return users;
  }

  public Expenses expenses() {
    return expenses;
  }

  public IdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
  }

  public Memberships memberships() {
    return memberships;
  }

  public Workspaces workspaces() {
    return workspaces;
  }

  public WorkspaceExpenses workspaceExpenses() {
    return workspaceExpenses;
  }

  public Ledger ledger() {
    return ledger;
  }

  public Settlements settlements() {
    return settlements;
  }

  public AuditTrail auditTrail() {
    return auditTrail;
  }

  public ExchangeRates exchangeRates() {
    return exchangeRates;
  }

  public OtpStore otpStore() {
    return otpStore;
  }

  public RateLimits rateLimits() {
    return rateLimits;
  }

  public HealthCheck health() {
    return () -> {
      try {
        return transactions.withHandle(
            h -> h.createQuery("select 1").mapTo(Integer.class).one() == 1);
      } catch (RuntimeException e) {
        return false;
      }
    };
  }

  /**
   * Threads waiting for a pooled connection now: they queue in order in front of the pool, so
   * HikariCP's own pending count stays near zero.
   */
  public int connectionsAwaited() {
    return queue.waiting();
  }

  /** Waits for a pooled connection that ended in a 503 since start. */
  public long connectionWaitsTimedOut() {
    return queue.timedOut();
  }

  /** The pooled data source, for adapters that need it (metrics, migrations). */
  public DataSource dataSource() {
    return dataSource;
  }

  @Override
  public void close() {
    tokenListener.close();
    dataSource.close();
  }
}
