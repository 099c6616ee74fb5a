/**
 * The workshop curriculum: the program and its seven steps, from gentle start-ups to small course
 * corrections. Later issues add each step's module (lessons, exercises, quizzes) here.
 */
package org.pawprints.curriculum;
