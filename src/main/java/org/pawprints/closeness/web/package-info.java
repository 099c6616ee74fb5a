/** The weekly check-in page, with the trend chart and its table. */
package org.pawprints.closeness.web;
