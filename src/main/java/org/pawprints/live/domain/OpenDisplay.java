package org.pawprints.live.domain;

/** How approved open answers appear to the room. */
public enum OpenDisplay {
  LIST,
  WORD_CLOUD
}
