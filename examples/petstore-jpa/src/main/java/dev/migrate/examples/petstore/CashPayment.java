package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@DiscriminatorValue("CASH")
public class CashPayment extends Payment {

    @Column(precision = 10, scale = 2)
    private BigDecimal tendered;

    protected CashPayment() {
    }

    public CashPayment(BigDecimal amount, LocalDateTime paidAt, Visit visit, BigDecimal tendered) {
        super(amount, paidAt, visit);
        this.tendered = tendered;
    }
}
