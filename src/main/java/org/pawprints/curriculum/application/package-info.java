/** The steps of the program in one language, for pages and mail. */
package org.pawprints.curriculum.application;
