/**
 * What every page shares: security headers, stateless public pages, the current language, the
 * messages a page shows ({@code Feedback}, whose {@code attempt} turns a service's refusal into
 * one) and small Faces helpers ({@code FacesPages}). Stateless (transient) views get what a view's
 * state would have kept from the request instead ({@code StatelessViewAddress}), and end their view
 * scope when rendered so that it never takes a stateful page's place ({@code StatelessViewScopes});
 * what Mojarra records of a view scope is forgotten once the scope has ended, so a session stays
 * bounded however many pages it opens ({@code EndedViewScopes}); a post that a browser says came
 * from another site is refused ({@code SameOriginPosts}), the check that a stateless form (the
 * sign-in page) has instead of a view state.
 */
package org.pawprints.platform.web;
