/** /health: up or down, whether the portal can reach its database (and nothing else, for anyone may ask). */
package org.civicportal.platform.health;
