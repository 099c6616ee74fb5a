/**
 * Pawprints: an online couples-workshop platform.
 *
 * <p>Packages are organized by feature ({@code curriculum}, and later {@code identity}, {@code
 * cohort}, {@code couple}, {@code live}), each layered inside as it needs: {@code domain} holds
 * entities and repositories, {@code application} holds use-case services (transactions, security
 * checks), {@code web} holds the Faces backing beans. {@code platform} holds what every feature
 * shares: configuration, the database and its migrations, HTTP headers, languages and health.
 */
package org.pawprints;
