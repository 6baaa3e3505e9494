package org.civicportal.decision.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.decision.control.NewCredit;

/** An input the official picked to credit, with the how-sentence they are writing for it. */
public class PendingCredit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long inputId;
    private final String title;
    private final String author;

    @NotBlank(message = "{decision.how.required}")
    @Size(max = 600, message = "{decision.how.long}")
    private String how;

    PendingCredit(long inputId, String title, String author) {
        this.inputId = inputId;
        this.title = title;
        this.author = author;
    }

    NewCredit toCredit() {
        return new NewCredit(inputId, how);
    }

    public long getInputId() {
        return inputId;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }
}
