package org.civicportal.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that mvn package built, deployed whole at the root context as in production. */
public final class PortalDeployment {

    private PortalDeployment() {
    }

    public static WebArchive war() {
        var built = new File("target/civic-portal.war");
        if (!built.isFile()) {
            throw new IllegalStateException("target/civic-portal.war is missing: run the tests with mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(built).as(WebArchive.class);
    }
}
