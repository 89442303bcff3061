package dev.migrate.jpa.corpus.p31_uuid_and_times.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Event { @Id private Long id; }
