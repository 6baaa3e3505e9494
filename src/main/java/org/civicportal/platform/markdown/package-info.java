/** Markdown written by people, rendered to HTML that is safe to show to everyone else. */
package org.civicportal.platform.markdown;
