/**
 * What every feature stands on: configuration ({@code config}), the data source and schema
 * migrations ({@code persistence}), the HTTP layer shared by all pages ({@code web}), the two
 * languages and their bundles ({@code i18n}), mail, the audit log and the MicroProfile health
 * checks ({@code health}).
 */
package org.pawprints.platform;
