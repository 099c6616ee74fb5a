/** The two languages (English, Canadian French) and the message bundles read outside a page. */
package org.pawprints.platform.i18n;
