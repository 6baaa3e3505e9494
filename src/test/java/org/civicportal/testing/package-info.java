/** What integration and browser tests share: the real database and SMTP server, the deployment, the browser. */
package org.civicportal.testing;
