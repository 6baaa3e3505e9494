package org.civicportal.testing;

import java.net.URL;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that need the running portal: the whole WAR on Payara Micro, booted once per
 * test run and shared by every class (so a test never relies on a fresh portal: use its own accounts, inputs
 * and addresses), real MariaDB and GreenMail, tests run as a client.
 */
@ExtendWith(TestServers.class)
@ExtendWith(PortalDeployment.class)
public abstract class PortalIT {

    /** The portal's root URL, ending in "/". */
    protected URL base = PortalDeployment.base();

    protected Browser browser() {
        return new Browser(base);
    }

    /** Signs in through the page, as a person would (officials and staff: with their code, see SecondFactor). */
    protected static Browser signIn(Browser browser, String email, String password) {
        browser.open("/sign-in").type("signin:email", email).type("signin:password", password)
                .submit("signin:submit");
        return SecondFactor.complete(browser, email);
    }
}
