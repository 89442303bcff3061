package dev.migrate.jpa.corpus.p21_single_table_subclass.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Inheritance(strategy = InheritanceType.SINGLE_TABLE) public class Animal { @Id private Long id; }
