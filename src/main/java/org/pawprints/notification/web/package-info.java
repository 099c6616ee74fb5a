/** The bell, the notifications page, and the weekly digest card on the profile page. */
package org.pawprints.notification.web;
