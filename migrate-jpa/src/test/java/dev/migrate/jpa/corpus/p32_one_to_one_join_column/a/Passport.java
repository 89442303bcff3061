package dev.migrate.jpa.corpus.p32_one_to_one_join_column.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Passport { @Id private Long id; }
