/** Check-ins, the sharing choice, and what makes a rating and a note acceptable. */
package org.pawprints.closeness.domain;
