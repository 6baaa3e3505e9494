/** English and Spanish: the visitor's language choice and lookups in the message bundles. */
package org.civicportal.platform.i18n;
