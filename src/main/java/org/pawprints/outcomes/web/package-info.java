/**
 * The questionnaire page and its dashboard card, the outcomes report (under /facilitate/ and
 * /admin/, with its CSV), and the administrators' page for the questions.
 */
package org.pawprints.outcomes.web;
