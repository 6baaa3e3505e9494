/**
 * What running on several nodes needs inside the application: how much a signed-in session weighs in the data
 * grid (shown to staff at /admin/sessions). Cluster mode itself is the launcher's (ClusterSettings,
 * docs/operations.md).
 */
package org.civicportal.platform.cluster;
