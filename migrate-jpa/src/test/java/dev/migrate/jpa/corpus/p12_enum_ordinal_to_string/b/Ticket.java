package dev.migrate.jpa.corpus.p12_enum_ordinal_to_string.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Ticket { public enum State { OPEN, CLOSED } @Id private Long id; @Enumerated(EnumType.STRING) @Column(length = 10) private State state; }
