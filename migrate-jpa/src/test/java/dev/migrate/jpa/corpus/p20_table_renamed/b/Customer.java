package dev.migrate.jpa.corpus.p20_table_renamed.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Table(name = "client") public class Customer { @Id private Long id; @Column(length = 80) private String name; }
