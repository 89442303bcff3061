package dev.migrate.examples.petstore;

import jakarta.persistence.Entity;

import java.time.LocalDate;

@Entity
public class Groomer extends Employee {

    private Integer chair;

    protected Groomer() {
    }

    public Groomer(String fullName, LocalDate hiredOn, Integer chair) {
        super(fullName, hiredOn);
        this.chair = chair;
    }
}
