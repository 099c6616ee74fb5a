/**
 * Pawprints: an online couples-workshop platform.
 *
 * <p>Packages are organized by feature, and features depend in one direction (docs/architecture.md,
 * kept by {@code FeatureGraphTest}): platform, identity, then curriculum, cohort and notification,
 * then learning, couple, then closeness, gesture, ritual and reporting, and administration last.
 * Each feature is layered inside as it needs: {@code domain} holds entities and repositories,
 * {@code application} holds use-case services (transactions, security checks), {@code web} holds
 * the Faces backing beans. {@code platform} holds what every feature shares: configuration, the
 * database and its migrations, HTTP headers, languages ({@code i18n}), mail, audit and health.
 */
package org.pawprints;
