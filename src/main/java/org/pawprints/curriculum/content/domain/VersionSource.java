package org.pawprints.curriculum.content.domain;

/** Where a version of a module came from. */
public enum VersionSource {
  /** A content file shipped with the application ({@code content/modules}). */
  REPOSITORY,
  /** Written by an administrator in the application; never overwritten by content files. */
  EDITOR
}
