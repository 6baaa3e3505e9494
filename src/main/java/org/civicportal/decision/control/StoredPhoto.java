package org.civicportal.decision.control;

import java.io.Serializable;

/** A photo written under PORTAL_DATA_DIR/photos, waiting to be attached to an update. */
public record StoredPhoto(String fileName, PhotoType type, int sizeBytes) implements Serializable {
}
