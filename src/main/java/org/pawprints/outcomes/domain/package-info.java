/**
 * The questionnaire's versions and answers, the follow-up links, and the rules that need no
 * container: when each wave is open ({@code Waves}), how a score is counted ({@code Scoring}) and
 * how changes are summed up ({@code Change}).
 */
package org.pawprints.outcomes.domain;
