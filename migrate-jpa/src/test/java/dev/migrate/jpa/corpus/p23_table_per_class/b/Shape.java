package dev.migrate.jpa.corpus.p23_table_per_class.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS) public abstract class Shape { @Id private Long id; private String color; }
