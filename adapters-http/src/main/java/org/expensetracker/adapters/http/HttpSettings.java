package org.expensetracker.adapters.http;

/**
 * Settings of the HTTP adapter.
 *
 * @param maxBodyBytes request bodies above this size are refused with 413
 * @param useVirtualThreads serve requests on virtual threads where the JVM has them (21+)
 */
public record HttpSettings(int maxBodyBytes, boolean useVirtualThreads) {
  public static final int ONE_MIB = 1 << 20;

  public static HttpSettings defaults() {
    return new HttpSettings(ONE_MIB, true);
  }
}
