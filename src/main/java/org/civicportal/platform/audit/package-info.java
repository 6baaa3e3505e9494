/**
 * {@link org.civicportal.platform.audit.Changed}: a field an official or staff member changed, before and after.
 * Features put it in their events (and the decision history stores it); the audit feature
 * ({@code org.civicportal.audit}) records it. It lives here, not in the audit feature, so that no feature depends
 * on another.
 */
package org.civicportal.platform.audit;
