/**
 * The outbox: every email the portal sends is a row written in the business transaction that causes it, and
 * a dispatcher on each node claims due rows (FOR UPDATE SKIP LOCKED, with a lease), sends them over one SMTP
 * connection per batch, retries what the server refused for now and suppresses addresses that bounced for good.
 * Features ask {@link org.civicportal.platform.outbox.Outbox}; nothing else sends mail.
 */
package org.civicportal.platform.outbox;
