/** Administration use cases that span features, such as the people directory. */
package org.pawprints.administration.application;
