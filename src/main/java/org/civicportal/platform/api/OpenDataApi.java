package org.civicportal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every feature's open-data resources live under /api/v1. */
@ApplicationPath("api/v1")
public class OpenDataApi extends Application {

    /** No generated /api/v1/application.wadl: it told anyone the server's internals, not the API's meaning. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
