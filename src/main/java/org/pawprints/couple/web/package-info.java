/**
 * Pages for pairing: "your partner" (/my/partner.xhtml), accepting a code (/pair.xhtml), the
 * dashboard's partner card, pairing on a cohort's roster ({@code RosterPairing}), and the couple
 * panel of a module exercise ({@code CouplePanel}: who sees it, the reveal, reactions,
 * withdrawing).
 */
package org.pawprints.couple.web;
