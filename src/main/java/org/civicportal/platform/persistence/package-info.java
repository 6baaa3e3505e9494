/** Persistence helpers shared by every feature's entities. */
package org.civicportal.platform.persistence;
