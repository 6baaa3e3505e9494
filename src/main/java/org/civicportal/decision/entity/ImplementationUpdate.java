package org.civicportal.decision.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.account.entity.Account;

/** A dated entry in an implementation's public timeline, with optional photos. */
@Entity
@Table(name = "implementation_update")
public class ImplementationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(nullable = false)
    private String body;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column
    private Integer progress;

    @Column(name = "photo_caption", length = 300)
    private String photoCaption;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "update_id", nullable = false)
    @OrderBy("position")
    private List<UpdatePhoto> photos = new ArrayList<>();

    protected ImplementationUpdate() {
    }

    public ImplementationUpdate(long decisionId, String body, String bodyHtml, Integer progress, String photoCaption,
            Account author, Instant createdAt) {
        this.decisionId = decisionId;
        this.body = body.strip();
        this.bodyHtml = bodyHtml;
        this.progress = progress;
        this.photoCaption = photoCaption == null || photoCaption.isBlank() ? null : photoCaption.strip();
        this.author = author;
        this.createdAt = createdAt;
    }

    public void addPhoto(String fileName, String contentType, int sizeBytes) {
        photos.add(new UpdatePhoto(fileName, contentType, sizeBytes, photos.size()));
    }

    public Long getId() {
        return id;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Integer getProgress() {
        return progress;
    }

    public String getPhotoCaption() {
        return photoCaption;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<UpdatePhoto> getPhotos() {
        return photos;
    }
}
