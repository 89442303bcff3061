package dev.migrate.jpa.corpus.p11_enum_string_value_added.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Ticket { public enum State { OPEN, WAITING, CLOSED } @Id private Long id; @Enumerated(EnumType.STRING) private State state; }
