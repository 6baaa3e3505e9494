/** What every feature stands on: configuration, security, mail, the web shell and translations. */
package org.civicportal.platform;
