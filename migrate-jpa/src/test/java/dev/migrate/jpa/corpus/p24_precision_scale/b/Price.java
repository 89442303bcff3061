package dev.migrate.jpa.corpus.p24_precision_scale.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Price { @Id private Long id; @Column(precision = 14, scale = 4) private BigDecimal amount; }
