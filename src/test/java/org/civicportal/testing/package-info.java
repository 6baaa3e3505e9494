/**
 * What integration and browser tests share: the real database and SMTP server, the deployment, the browser.
 * <p>What keeps the run short: {@link Browser}s reuse idle Chromiums made as new; {@link TestAccounts} hash their
 * password with few PBKDF2 iterations (the portal verifies with the iterations the hash names);
 * {@link TestServers#connect()} lends pooled connections; Selenium's waits look every 50 ms; a test that checks
 * a reminder round sent nothing more awaits {@link TestTasks#awaitReminderRounds} instead of sleeping. Ports
 * for processes a test starts come from {@link HandPorts}, below the ephemeral range. {@link Browser#assertAccessible()}
 * runs axe-core in the page itself when it has no frames, gathering violations only; portals a test starts and
 * stops within its class run with the quick compiler only (PortalNode.SHORT_LIVED_JVM).
 */
package org.civicportal.testing;
