package org.expensetracker.domain.history;

/**
 * A place in a workspace's change feed: the transaction that wrote an entry and the entry's
 * sequence. Opaque to clients; ordered by transaction, then sequence.
 */
public record FeedPosition(long transaction, long sequence) {}
