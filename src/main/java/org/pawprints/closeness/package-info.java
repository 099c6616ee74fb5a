/**
 * The weekly closeness check-in: each partner privately rates how close they feel, 1 to 10, once
 * per week, with an optional short note, and sees their own trend. The partner sees the ratings
 * only if the person chose to share them, and never the notes.
 */
package org.pawprints.closeness;
