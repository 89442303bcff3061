package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.LocalDate;

@Entity
public class Receptionist extends Employee {

    @Column(length = 30)
    private String deskPhone;

    protected Receptionist() {
    }

    public Receptionist(String fullName, LocalDate hiredOn, String deskPhone) {
        super(fullName, hiredOn);
        this.deskPhone = deskPhone;
    }
}
