/**
 * Resident input: priorities and ideas residents give, the support others add, the answer officials owe,
 * and the moderation that keeps it usable.
 */
package org.civicportal.input;
