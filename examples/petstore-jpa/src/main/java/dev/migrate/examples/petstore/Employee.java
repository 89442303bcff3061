package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;

import java.time.LocalDate;

/** The store's staff: a table for what every employee has, and one per kind for the rest (JOINED). */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Employee {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, length = 80)
    private String fullName;

    private LocalDate hiredOn;

    protected Employee() {
    }

    protected Employee(String fullName, LocalDate hiredOn) {
        this.fullName = fullName;
        this.hiredOn = hiredOn;
    }

    public Long getId() {
        return id;
    }
}
