package dev.migrate.jpa.corpus.p22_joined_subclass.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @Inheritance(strategy = InheritanceType.JOINED) public class Account { @Id private Long id; }
