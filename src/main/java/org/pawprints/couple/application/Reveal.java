package org.pawprints.couple.application;

import org.pawprints.learning.domain.AnswerContent;

/** Both partners' answers to a shared exercise, once revealed. */
public record Reveal(AnswerContent mine, AnswerContent partners) {}
