package dev.migrate.jpa.corpus.p15_embedded.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Embeddable public class Address { private String street; @Column(length = 10) private String zip; }
