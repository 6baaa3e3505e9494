/**
 * Reciprocity: the ledger of giving and receiving between residents and the city, learnt from the other
 * features' events, and the figures the forums, "my reciprocity" and the vitality signals read from it.
 */
package org.civicportal.reciprocity;
