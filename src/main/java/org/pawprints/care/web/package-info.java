/**
 * Care's pages and endpoints: the follow-up page (facilitators), the safety check page
 * (participants), the public help page and its administration page, and quick exit (the neutral
 * site's address for the page script, and the sign-out the script calls in the background).
 */
package org.pawprints.care.web;
