/** The follow-up page (facilitators) and the safety check page (participants). */
package org.pawprints.care.web;
