package org.civicportal.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers: a load balancer then stops sending residents to a node whose
 * database is gone, and /health ({@link HealthServlet}) answers 503.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (var connection = dataSource.getConnection()) {
            if (!connection.isValid(3)) {
                return response.down().withData("state", "not answering").build();
            }
            // No product or version: whoever can reach a health endpoint should not learn what to attack.
            return response.up().withData("state", "reachable").build();
        } catch (SQLException e) {
            return response.down().withData("state", "unreachable").build();
        }
    }
}
