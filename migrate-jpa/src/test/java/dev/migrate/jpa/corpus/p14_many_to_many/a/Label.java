package dev.migrate.jpa.corpus.p14_many_to_many.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Label { @Id private Long id; }
