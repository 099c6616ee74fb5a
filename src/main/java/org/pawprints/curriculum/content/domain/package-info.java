/**
 * The module document (records parsed from JSON), the rules every module must follow, and the JPA
 * entities that keep one module per step and its versions per language.
 */
package org.pawprints.curriculum.content.domain;
