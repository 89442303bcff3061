package dev.migrate.examples.bookshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A row of {@code books}: created by c331fa20f20f, given its slug by 891092c24729 and the Java migration 9e3b7c1dc926,
 * which 1e27caf9b389 makes required and unique. {@code spring.jpa.hibernate.ddl-auto=validate} checks this mapping
 * against the migrated table at every start.
 */
@Entity
@Table(name = "books")
public class Book {

    @Id
    private Integer id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Author author;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "price_cents", nullable = false)
    private Integer priceCents;

    @Column(nullable = false, unique = true, length = 320)
    private String slug;

    protected Book() {
    }

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

    public String getSlug() {
        return slug;
    }
}
