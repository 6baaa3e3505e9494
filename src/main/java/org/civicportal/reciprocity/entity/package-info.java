/** The ledger's vocabulary. Rows are written and read by native SQL: the ledger is a report table. */
package org.civicportal.reciprocity.entity;
