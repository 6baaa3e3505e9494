/** Decision chains: how resident input shaped what officials decided, and how it is being carried out. */
package org.civicportal.decision;
