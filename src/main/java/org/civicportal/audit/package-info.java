/**
 * The audit log: one append-only entry for every official and staff action (and every data right a resident
 * exercises), written by observers of the features' events inside the action's own transaction, so an entry
 * commits or rolls back with what it records; and /admin/audit, where staff read, filter and export it.
 * {@code control}: the log and its observers ({@code ChainAudit}, {@code StaffAudit}), what the page reads;
 * {@code boundary}: /admin/audit and its CSV. The portal's database account may only read and add entries (see
 * platform/launcher/AppGrants).
 */
package org.civicportal.audit;
