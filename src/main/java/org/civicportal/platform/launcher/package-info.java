/**
 * Starts the portal with one command: embedded MariaDB (unless an external one is configured),
 * Flyway migrations, optional demo data, then Payara Micro with the WAR in a child process.
 */
package org.civicportal.platform.launcher;
