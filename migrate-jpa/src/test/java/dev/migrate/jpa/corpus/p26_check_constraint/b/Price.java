package dev.migrate.jpa.corpus.p26_check_constraint.b;

import jakarta.persistence.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Entity @org.hibernate.annotations.Check(constraints = "cents >= 0") public class Price { @Id private Long id; private Integer cents; }
