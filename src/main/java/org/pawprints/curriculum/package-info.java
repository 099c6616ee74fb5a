/**
 * The workshop curriculum: the program and its seven steps, from gentle start-ups to small course
 * corrections, and each step's module content (lessons, exercises, quizzes) in {@code content}.
 */
package org.pawprints.curriculum;
