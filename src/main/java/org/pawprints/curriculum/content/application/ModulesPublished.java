package org.pawprints.curriculum.content.application;

/**
 * A CDI event: new module versions were published for a step, so what is current changed. {@link
 * ModuleCatalog} forgets which versions are current once the publishing transaction commits.
 */
public record ModulesPublished(String stepSlug) {}
