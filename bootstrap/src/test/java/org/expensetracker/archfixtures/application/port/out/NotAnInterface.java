package org.expensetracker.archfixtures.application.port.out;

/** Breaks: a port that is a class (records are allowed, classes are not). */
public class NotAnInterface {}
