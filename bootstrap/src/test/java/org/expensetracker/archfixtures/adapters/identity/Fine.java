package org.expensetracker.archfixtures.adapters.identity;

/** A well-behaved adapter class, so the identity ring is not empty. */
public class Fine {}
