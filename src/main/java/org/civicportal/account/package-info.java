/**
 * People and their access: registration with email verification, sign-in throttling, password reset,
 * profiles, and the roles staff grant.
 */
package org.civicportal.account;
