package dev.migrate.examples.petstore;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts on an empty database: migrate applies the revisions generated from the entities, and
 * Hibernate's validation (ddl-auto=validate) accepts the schema; the repositories and the other entities (both
 * inheritance strategies, the element collection) work on it.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:petstore_test;DB_CLOSE_DELAY=-1")
class StartMigratesTest {

    @Autowired
    OwnerRepository owners;

    @Autowired
    PetRepository pets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theGeneratedSchemaServesTheEntities() {
        Owner owner = owners.save(new Owner("Ada", "Lovelace", new Address("12 St James's Square", "London")));
        Pet pet = new Pet("Pixel", Pet.Species.CAT, LocalDate.of(2020, 5, 1), owner);
        pet.getAllergies().add("pollen");
        pets.save(pet);

        assertThat(owners.findByLastName("Lovelace")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pet WHERE owner_id = ?", Integer.class, owner.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT allergy FROM pet_allergy", String.class)).isEqualTo("pollen");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM migrate_version", Integer.class)).isEqualTo(1);
    }

    @Test
    void paymentsShareATableAndStaffJoinTheirs() {
        transaction.executeWithoutResult(status -> {
            Owner owner = new Owner("Alan", "Turing", new Address("2 Hampton Road", "Teddington"));
            entities.persist(owner);
            Pet pet = new Pet("Enigma", Pet.Species.DOG, LocalDate.of(2019, 1, 2), owner);
            entities.persist(pet);
            Visit visit = new Visit(pet, LocalDateTime.of(2026, 12, 3, 9, 30));
            entities.persist(visit);
            entities.persist(new CardPayment(new BigDecimal("45.00"), LocalDateTime.now(), visit, "4242"));
            entities.persist(new CashPayment(new BigDecimal("10.50"), LocalDateTime.now(), visit, new BigDecimal("20")));
            entities.persist(new Groomer("Grace Hopper", LocalDate.of(2024, 2, 1), 3));
            entities.persist(new Receptionist("Katherine Johnson", LocalDate.of(2025, 6, 1), "+44 20 7946 0000"));
        });

        assertThat(jdbc.queryForList("SELECT kind FROM payment ORDER BY kind", String.class))
                .containsExactly("CARD", "CASH");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM employee", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT chair FROM groomer", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT desk_phone FROM receptionist", String.class))
                .isEqualTo("+44 20 7946 0000");
    }
}
