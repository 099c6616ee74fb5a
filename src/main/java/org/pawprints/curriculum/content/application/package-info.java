/**
 * Use cases on module content: loading the content files bundled with the application at startup,
 * adding versions, and reading a module in one language as view objects that pages can show.
 */
package org.pawprints.curriculum.content.application;
