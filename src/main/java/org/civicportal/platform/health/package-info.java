/** /health (MicroProfile Health): whether the portal can reach its database. */
package org.civicportal.platform.health;
