/**
 * Couple use cases: pairing by code, invitation or staff; who may see which answer ({@code
 * AnswerVisibility}, the one rule); reveals, reactions, sharing choices and partner notices; and
 * the couple's part of "my data".
 */
package org.pawprints.couple.application;
