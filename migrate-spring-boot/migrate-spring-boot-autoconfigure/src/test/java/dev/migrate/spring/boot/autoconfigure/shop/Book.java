package dev.migrate.spring.boot.autoconfigure.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Mapped onto what the revisions build; {@code ddl-auto=validate} fails the start if they have not run. */
@Entity
@Table(name = "books")
public class Book {

    @Id
    private Integer id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private Author author;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "price_cents", nullable = false)
    private Integer priceCents;

    @Column(length = 20)
    private String isbn;

    public Integer getId() {
        return id;
    }

    public Author getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public Integer getPriceCents() {
        return priceCents;
    }

    public String getIsbn() {
        return isbn;
    }
}
