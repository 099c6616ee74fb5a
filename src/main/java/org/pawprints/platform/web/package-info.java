/**
 * What every page shares: security headers, stateless public pages, the current language, the
 * messages a page shows ({@code Feedback}, whose {@code attempt} turns a service's refusal into
 * one) and small Faces helpers ({@code FacesPages}).
 */
package org.pawprints.platform.web;
