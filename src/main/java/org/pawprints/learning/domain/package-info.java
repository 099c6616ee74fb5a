/** Answers and their revisions, quiz attempts and scores, module progress. */
package org.pawprints.learning.domain;
