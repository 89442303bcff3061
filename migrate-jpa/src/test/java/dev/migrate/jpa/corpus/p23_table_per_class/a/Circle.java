package dev.migrate.jpa.corpus.p23_table_per_class.a;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity public class Circle extends Shape { private Double radius; }
