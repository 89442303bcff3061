package dev.migrate.jpa.corpus.p05_add_index.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Table(indexes = @Index(name = "ix_customer_name", columnList = "name")) public class Customer { @Id private Long id; @Column(length = 80) private String name; }
