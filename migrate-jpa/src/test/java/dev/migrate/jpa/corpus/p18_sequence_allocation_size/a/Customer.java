package dev.migrate.jpa.corpus.p18_sequence_allocation_size.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Customer { @Id @GeneratedValue(generator = "cust") @SequenceGenerator(name = "cust", sequenceName = "cust_seq") private Long id; }
