/** Sign-in with Jakarta Security against the portal's own accounts, password hashing and HTTP hardening. */
package org.civicportal.platform.security;
