/**
 * Module content: each step's guided module (lesson sections, exercises, a quiz, a practice card,
 * Joey's take) in English and French, stored as versioned JSON documents and read through typed
 * models. {@code domain} holds the document model, its rules and the entities that keep versions;
 * {@code application} loads the repository's content files at startup and serves modules to pages.
 */
package org.pawprints.curriculum.content;
