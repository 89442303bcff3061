package dev.migrate.jpa.corpus.p06_unique_constraint.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Table(uniqueConstraints = @UniqueConstraint(name = "uk_customer_name", columnNames = "name")) public class Customer { @Id private Long id; @Column(length = 80) private String name; }
