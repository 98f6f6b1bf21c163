package org.expensetracker.archfixtures.bootstrap;

/** The fixture tree's bootstrap. */
public class Wiring {}
