package org.civicportal.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every feature's open-data resources live under /api/v1. */
@ApplicationPath("api/v1")
public class OpenDataApi extends Application {
}
