package dev.migrate.jpa.corpus.p17_sequence_generator.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Customer { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(length = 80) private String name; }
