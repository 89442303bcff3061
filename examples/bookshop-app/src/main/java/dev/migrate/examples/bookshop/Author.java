package dev.migrate.examples.bookshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code authors} (revision c331fa20f20f). */
@Entity
@Table(name = "authors")
public class Author {

    @Id
    private Integer id;

    @Column(nullable = false, length = 200)
    private String name;

    protected Author() {
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
