package org.expensetracker.archfixtures.stray;

/** Breaks: a class in no known ring. */
public class Lost {}
