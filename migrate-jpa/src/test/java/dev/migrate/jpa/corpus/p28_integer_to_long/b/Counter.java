package dev.migrate.jpa.corpus.p28_integer_to_long.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Counter { @Id private Long id; private Long hits; }
