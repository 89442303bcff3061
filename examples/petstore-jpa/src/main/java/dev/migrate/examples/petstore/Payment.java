package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** What a visit was paid with: one table for every kind of payment (SINGLE_TABLE), told apart by a discriminator. */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", length = 10)
public abstract class Payment {

    @Id
    @GeneratedValue
    private Long id;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false)
    private LocalDateTime paidAt;

    @ManyToOne(optional = false)
    private Visit visit;

    protected Payment() {
    }

    protected Payment(BigDecimal amount, LocalDateTime paidAt, Visit visit) {
        this.amount = amount;
        this.paidAt = paidAt;
        this.visit = visit;
    }

    public Long getId() {
        return id;
    }
}
