package org.expensetracker.bootstrap;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import org.expensetracker.adapters.persistence.PostgresStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the JVM's, the connection pool's and its queue's meters to the registry {@code /metrics}
 * serves.
 */
final class Monitoring implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
  private final JvmGcMetrics gc;

  private Monitoring(JvmGcMetrics gc) {
    this.gc = gc;
  }

  static Monitoring bind(MeterRegistry registry, PostgresStorage storage) {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(registry);
    Gauge.builder("expense_tracker_connection_queue_waiting", storage, s -> s.connectionsAwaited())
        .description("Threads waiting in order for a pooled database connection")
        .register(registry);
    FunctionCounter.builder(
            "expense_tracker_connection_queue_timeouts", storage, s -> s.connectionWaitsTimedOut())
        .description("Waits for a pooled connection that ended in a 503")
        .register(registry);
    Gauge.builder("expense_tracker_token_cache_on", storage, s -> s.tokenCacheOn() ? 1 : 0)
        .description("1 while bearer checks are answered from memory, 0 while each reads users")
        .register(registry);
    Gauge.builder("expense_tracker_token_cache_users", storage, s -> s.tokenCacheSize())
        .description("Users whose token validity is in memory")
        .register(registry);
    if (storage.dataSource() instanceof HikariDataSource hikari) {
      try {
        hikari.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
      } catch (IllegalStateException e) {
        // Hikari takes one tracker per pool: a second server on the same storage reports none.
        log.warn("Connection pool metrics already bound elsewhere: {}", e.getMessage());
      }
    }
    return new Monitoring(gc);
  }

  @Override
  public void close() {
    gc.close();
  }
}
