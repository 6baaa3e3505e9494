/** The web shell shared by every page: the signed-in person, page messages and navigation helpers. */
package org.civicportal.platform.web;
