/**
 * The service layer's single refusal type ({@link org.pawprints.platform.refusal.Refusal}): every
 * feature refuses with a message key, and every page shows it the same way.
 */
package org.pawprints.platform.refusal;
