/** Open data: read-only JSON under /api/v1, with no personal data beyond public display names. */
package org.civicportal.platform.api;
