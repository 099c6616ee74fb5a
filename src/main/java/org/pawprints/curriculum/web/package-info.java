/** The public step pages and the list of the seven steps. */
package org.pawprints.curriculum.web;
