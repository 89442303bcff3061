package dev.migrate.examples.petstore;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;

import java.time.LocalDateTime;

@Entity
public class Visit {

    @Id
    @GeneratedValue
    private Long id;

    private LocalDateTime visitedAt;

    @Lob
    private String notes;

    @ManyToOne(optional = false)
    private Pet pet;

    @ManyToOne
    private Vet vet;

    protected Visit() {
    }

    public Visit(Pet pet, LocalDateTime visitedAt) {
        this.pet = pet;
        this.visitedAt = visitedAt;
    }
}
