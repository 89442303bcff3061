package dev.migrate.jpa.corpus.p03_widen_varchar.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Customer { @Id private Long id; @Column(length = 80) private String name; }
