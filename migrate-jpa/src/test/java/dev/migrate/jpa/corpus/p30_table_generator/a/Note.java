package dev.migrate.jpa.corpus.p30_table_generator.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Note { @Id private Long id; }
