package org.civicportal.decision.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.PhotoStore;
import org.civicportal.decision.control.StoredPhoto;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * The "post an update" form of /admin/decision?id=N: a dated entry in the implementation's timeline, with
 * optional new progress and photos (JPEG, PNG or WebP up to 5 MB each, checked by their content).
 */
@Named
@ViewScoped
public class UpdatePublisher implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UpdatePublisher.class.getName());
    private static final String PHOTOS_FIELD = "update:photos";

    @Inject
    DecisionService decisions;

    @Inject
    PhotoStore photoStore;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    @NotBlank(message = "{update.text.required}")
    @Size(max = 5000, message = "{update.text.long}")
    private String text;

    @Min(value = 0, message = "{decision.progress.range}")
    @Max(value = 100, message = "{decision.progress.range}")
    private Integer progress;

    @Size(max = 300, message = "{update.caption.long}")
    private String caption;

    /** The uploads of this request only; never kept in the view. */
    private transient List<Part> photos;

    public void publish() {
        currentUser.require(Role.OFFICIAL);
        var files = photos == null ? List.<Part>of() : photos.stream().filter(p -> p.getSize() > 0).toList();
        if (!files.isEmpty() && (caption == null || caption.isBlank())) {
            messages.fieldError("update:caption", "update.caption.required");
            return;
        }
        var stored = new ArrayList<StoredPhoto>();
        for (var file : files) {
            if (!store(file, stored)) {
                stored.forEach(photoStore::discard);
                return;
            }
        }
        try {
            decisions.postUpdate(id, currentUser.requireAccountId(), text, progress, caption, stored);
        } catch (RuntimeException failed) {
            stored.forEach(photoStore::discard);
            throw failed;
        }
        messages.infoAfterRedirect("update.published");
        Faces.redirect("decisions/" + id);
    }

    private boolean store(Part file, List<StoredPhoto> stored) {
        try (var content = file.getInputStream()) {
            var outcome = photoStore.store(content, file.getSize());
            if (outcome instanceof PhotoStore.Stored s) {
                stored.add(s.photo());
                return true;
            }
            messages.fieldError(PHOTOS_FIELD, outcome instanceof PhotoStore.TooLarge ? "update.photo.tooLarge"
                    : "update.photo.notImage", file.getSubmittedFileName());
            return false;
        } catch (IOException e) {
            LOG.warning(() -> "Could not store a photo for decision " + id + ": " + e.getMessage());
            messages.fieldError(PHOTOS_FIELD, "update.photo.failed", file.getSubmittedFileName());
            return false;
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos;
    }
}
