/** The portal's settings, read from environment variables through MicroProfile Config. */
package org.civicportal.platform.config;
