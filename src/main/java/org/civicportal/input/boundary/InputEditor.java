package org.civicportal.input.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Logger;
import org.civicportal.input.control.InputAttemptRule;
import org.civicportal.input.control.InputService;
import org.civicportal.input.control.InputSummary;
import org.civicportal.input.control.NewInput;
import org.civicportal.platform.markdown.SafeMarkdown;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /inputs/new: a resident gives a priority or idea. Similar inputs are suggested while the title is typed,
 * the body can be previewed as it will be shown, and a hidden field plus a per-resident limit stop bots.
 */
@Named
@ViewScoped
public class InputEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(InputEditor.class.getName());

    @Inject
    InputService inputs;

    @Inject
    AttemptLimiter limiter;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @NotBlank(message = "{input.title.required}")
    @Size(max = 120, message = "{input.title.long}")
    private String title;

    @NotBlank(message = "{input.body.required}")
    @Size(max = 5000, message = "{input.body.long}")
    private String body;

    @NotNull(message = "{input.topic.required}")
    private Long topicId;

    @NotNull(message = "{input.district.required}")
    private Long districtId;

    @Size(max = 200, message = "{input.place.long}")
    private String place;

    /** Hidden from people; bots fill every field. */
    private String website;

    private String preview;
    private List<InputSummary> similar = List.of();

    public void suggest() {
        similar = inputs.similarTo(title);
    }

    public void showPreview() {
        preview = SafeMarkdown.toHtml(body);
    }

    public void submit() {
        currentUser.require(Role.RESIDENT);
        var me = currentUser.requireAccountId();
        if (website != null && !website.isBlank()) {
            LOG.warning(() -> "Honeypot field filled on /inputs/new by account " + me + "; input dropped");
            Faces.redirect("inputs");
            return;
        }
        var wait = limiter.attempt(InputAttemptRule.SUBMIT_INPUT, String.valueOf(me));
        if (wait.isPresent()) {
            messages.error("input.limit", InputAttemptRule.SUBMIT_INPUT.limit(), Waits.minutesUntil(wait.get()));
            return;
        }
        var input = inputs.submit(me, new NewInput(title, body, topicId, districtId, place));
        messages.infoAfterRedirect("input.thanks");
        Faces.redirect("inputs/" + input.getId());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getPreview() {
        return preview;
    }

    public List<InputSummary> getSimilar() {
        return similar;
    }
}
