/**
 * HTTP for a surge of visitors: validators and 304s, short public caching that a reverse proxy or CDN can carry,
 * a few-seconds node cache of rendered visitor pages, versioned static resources cached for a year, and only
 * the scripts a visitor's page uses. A signed-in person's responses are never stored anywhere.
 */
package org.civicportal.platform.http;
