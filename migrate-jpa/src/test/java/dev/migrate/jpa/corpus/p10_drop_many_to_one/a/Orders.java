package dev.migrate.jpa.corpus.p10_drop_many_to_one.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Orders { @Id private Long id; @ManyToOne private Customer customer; }
