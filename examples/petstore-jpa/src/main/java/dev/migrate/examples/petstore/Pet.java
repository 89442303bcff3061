package dev.migrate.examples.petstore;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Pet {

    public enum Species { DOG, CAT, BIRD, RABBIT }

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 40)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Species species;

    private LocalDate birthDate;

    @ManyToOne(optional = false)
    private Owner owner;

    @ElementCollection
    @CollectionTable(name = "pet_allergy")
    @Column(name = "allergy", nullable = false, length = 60)
    private Set<String> allergies = new HashSet<>();

    protected Pet() {
    }

    public Pet(String name, Species species, LocalDate birthDate, Owner owner) {
        this.name = name;
        this.species = species;
        this.birthDate = birthDate;
        this.owner = owner;
    }

    public Long getId() {
        return id;
    }

    public Set<String> getAllergies() {
        return allergies;
    }
}
