/**
 * The one seam through which the portal sends email: bodies rendered from templates/mail (HTML and text,
 * per language), sent with Jakarta Mail, or captured in memory (no SMTP listener) when no SMTP server is
 * configured so a demo can show every message at /admin/mailbox.
 */
package org.civicportal.platform.mail;
