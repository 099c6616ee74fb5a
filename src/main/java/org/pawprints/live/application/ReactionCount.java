package org.pawprints.live.application;

/** How many reactions of one kind a slide received; {@code kind} names the message key. */
public record ReactionCount(String kind, String emoji, long count) {}
