package org.civicportal.account.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work whose cost must not show in the answer's timing: whether an email has an account decides whether a
 * reset or sign-in link is issued and mailed, so that happens a second or two after the page has answered,
 * on a managed thread, not while the page is still being rendered (even on another thread it would compete
 * for the same processors and make known emails answer more slowly).
 */
@ApplicationScoped
public class UnseenWork {

    private static final Logger LOG = Logger.getLogger(UnseenWork.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** @param about for the log (no personal data) */
    public void soon(Runnable work, String about) {
        scheduler.schedule(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Could not complete " + about);
            }
        }, 1000 + RANDOM.nextInt(1000), TimeUnit.MILLISECONDS);
    }
}
