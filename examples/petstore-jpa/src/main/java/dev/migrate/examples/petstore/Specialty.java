package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Specialty {

    @Id
    private Integer id;

    @Column(nullable = false, unique = true, length = 40)
    private String label;
}
