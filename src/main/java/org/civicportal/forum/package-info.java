/**
 * The quarterly forum: one event per quarter with RSVPs, a reminder, attendance and minutes, and written
 * participation for those who cannot come; both count as forum participation in the reciprocity ledger.
 */
package org.civicportal.forum;
