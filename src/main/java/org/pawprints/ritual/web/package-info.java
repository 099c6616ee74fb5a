/** The weekly rituals tracker page. */
package org.pawprints.ritual.web;
