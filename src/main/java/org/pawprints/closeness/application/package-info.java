/** The caller-scoped check-in service: my check-ins, my sharing choice, my partner's if shared. */
package org.pawprints.closeness.application;
