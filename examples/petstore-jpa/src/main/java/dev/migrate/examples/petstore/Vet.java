package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.util.Set;

@Entity
public class Vet {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 80)
    private String fullName;

    @ManyToMany
    private Set<Specialty> specialties;
}
