package org.civicportal.testing;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests that need the running portal: the whole WAR on Payara Micro (one boot per
 * test class, so classes are few and coarse), real MariaDB and GreenMail, tests run as a client.
 */
@ExtendWith(TestServers.class)
@ExtendWith(ArquillianExtension.class)
public abstract class PortalIT {

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return PortalDeployment.war();
    }

    protected Browser browser() {
        return new Browser(base);
    }

    /** Signs in through the page, as a person would. */
    protected static Browser signIn(Browser browser, String email, String password) {
        return browser.open("/sign-in").type("signin:email", email).type("signin:password", password)
                .submit("signin:submit");
    }
}
