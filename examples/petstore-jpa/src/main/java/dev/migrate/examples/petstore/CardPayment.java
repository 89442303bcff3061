package dev.migrate.examples.petstore;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
@DiscriminatorValue("CARD")
public class CardPayment extends Payment {

    @Column(length = 4)
    private String cardLast4;

    protected CardPayment() {
    }

    public CardPayment(BigDecimal amount, LocalDateTime paidAt, Visit visit, String cardLast4) {
        super(amount, paidAt, visit);
        this.cardLast4 = cardLast4;
    }
}
