/**
 * Pages for pairing: "your partner" (/my/partner.xhtml), accepting a code (/pair.xhtml) and the
 * dashboard's partner card.
 */
package org.pawprints.couple.web;
