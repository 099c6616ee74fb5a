/** Follow-up items, safety checks and their rules. */
package org.pawprints.care.domain;
