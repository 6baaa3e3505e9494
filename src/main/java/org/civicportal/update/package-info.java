/**
 * The monthly update: staff draft it from what changed in the month (chains, deliveries, tasks, the next forum,
 * thanks, the month's numbers both ways), preview and test it, send it through the outbox to every subscriber,
 * and publish it at /updates/{yyyy-mm}.
 */
package org.civicportal.update;
